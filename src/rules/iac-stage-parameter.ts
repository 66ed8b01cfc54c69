// Templates deploy per stage: a stage/environment parameter or Terraform variable, a Terraform module that
// reads terraform.workspace, or a framework with stages built in.
import { TERRAFORM_WORKSPACE } from '../iac/types.js';
import type { Rule } from './types.js';
import type { Resource } from '../iac/types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';

/** Parameter names that select an environment: Stage, Env, Environment, StageName, DeploymentStage… */
const STAGE_PARAMETER = /^(stage|stages|env|environment|environmentname|envname|envtype|environmenttype|stagename|deploymentstage|deploymentenvironment|appenv|appstage|targetenv|tier)$/i;

const TYPES: readonly string[] = ['AWS::Lambda::Function', 'AWS::StepFunctions::StateMachine'];

/** Functions a framework adds (custom resource handlers) are not the application's. */
const helper = (resource: Resource): boolean => resource.type === 'AWS::Lambda::Function' && isFrameworkHelper(resource);

export const iacStageParameter: Rule = {
  id: 'iac-stage-parameter',
  title: { en: 'Templates are deployed per stage', ja: 'テンプレートをステージごとにデプロイ' },
  severity: 'info',
  lens: { pillar: 'operationalExcellence', question: 'OPS2', choice: 'ops2_iac_stages' },
  aliases: [],
  resourceTypes: TYPES,
  messages: {
    noStage: {
      en: 'This template takes no stage or environment parameter (noted once, at {resource}); one template deployed to isolated stages (dev, test, prod) needs a way to tell them apart.',
      ja: 'このテンプレートにはステージや環境を表すパラメータがありません（{resource} で 1 回だけ指摘します）。1 つのテンプレートを分離されたステージ（dev、test、prod）にデプロイするには、それらを区別する手段が必要です。',
    },
    noStageVariable: {
      en: 'This Terraform module has no stage or environment variable and does not read terraform.workspace (noted once, at {resource}); one configuration applied to isolated stages (dev, test, prod) needs a way to tell them apart.',
      ja: 'この Terraform モジュールにはステージや環境を表す変数がなく、terraform.workspace も参照していません（{resource} で 1 回だけ指摘します）。分離したステージ（dev、test、prod）に同じ構成を適用するには、それらを区別する方法が必要です。',
    },
  },
  docs: {
    description: {
      en: 'The template being infrastructure as code is itself evidence; this rule looks for the stages. It is a fact of the whole template, so a template without stages is reported once, on its first function or state machine (the others are not applicable). It passes functions and state machines of a template that declares a stage or environment parameter (`Stage`, `Env`, `Environment`, `StageName`…) and those of a Serverless Framework service, whose stages are built in. A Terraform module passes with a variable of such a name (`variable "environment"`) or when it reads `terraform.workspace`.',
      ja: 'テンプレートがコードとしてのインフラストラクチャであること自体がエビデンスです。このルールはステージを探します。テンプレート全体の事実なので、ステージのないテンプレートは最初の関数かステートマシンで 1 回だけ指摘します（ほかは対象外）。ステージや環境を表すパラメータ（`Stage`、`Env`、`Environment`、`StageName` など）を宣言するテンプレートの関数とステートマシン、およびステージが組み込まれている Serverless Framework のサービスを合格とします。Terraform のモジュールは、そのような名前の変数（`variable "environment"`）があるか、`terraform.workspace` を参照していれば合格です。',
    },
    rationale: {
      en: 'Separate stages (ideally separate accounts) let changes be tested before production without sharing data, limits or permissions with it.',
      ja: 'ステージ（理想的にはアカウント）を分けると、本番環境とデータ、上限、権限を共有せずに、本番前に変更を試せます。',
    },
    fix: {
      en: 'Add a parameter such as `Stage: { Type: String, AllowedValues: [dev, prod] }`, use it in names and settings, and deploy one stack per stage (for example with `samconfig.toml` environments).',
      ja: '`Stage: { Type: String, AllowedValues: [dev, prod] }` のようなパラメータを追加して名前や設定に使い、ステージごとにスタックをデプロイします（例: `samconfig.toml` の環境）。',
    },
    differences: {
      en: 'Stages chosen only by stack name or in a CI pipeline cannot be seen in the template; suppress the finding with that reason.',
      ja: 'スタック名や CI パイプラインだけで選ぶステージはテンプレートからは見えません。その理由を添えて指摘を抑制してください。',
    },
    links: [{ title: 'AWS SAM configuration file (environments)', url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html' }],
  },
  check(resource, { template, graph }) {
    if (helper(resource)) return NOT_APPLICABLE;
    if (template.format === 'serverless') return PASS;
    if (template.parameters.some((name) => STAGE_PARAMETER.test(name) || name === TERRAFORM_WORKSPACE)) return PASS;
    // A fact of the template: reported once, on its first function or state machine; the others need no second note.
    const first = graph.resources.find((r) => TYPES.includes(r.type) && !helper(r));
    if (first !== resource) return NOT_APPLICABLE;
    return fail(template.format === 'terraform' ? 'noStageVariable' : 'noStage');
  },
};
