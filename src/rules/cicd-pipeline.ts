// Evidence of a CI/CD pipeline: a CodePipeline or CodeBuild project in the template, or a CI workflow beside the
// template that deploys (GitHub Actions, GitLab CI, CodeBuild buildspec and the like).
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, unknown } from './support/results.js';
import type { CodeReader } from './support/code.js';
import { isFrameworkHelper } from './support/function-facts.js';

const PIPELINE_TYPES = ['AWS::CodePipeline::Pipeline', 'AWS::CodeBuild::Project'] as const;

/** Workflow files looked for (the scan lists no folders, so names are probed): the usual ones per CI system. */
const WORKFLOW_NAMES = ['deploy', 'ci', 'cd', 'ci-cd', 'cicd', 'pipeline', 'main', 'release', 'build', 'test', 'sam-pipeline', 'production'];
const CI_FILES: readonly string[] = [
  ...WORKFLOW_NAMES.flatMap((n) => [`.github/workflows/${n}.yml`, `.github/workflows/${n}.yaml`]),
  '.gitlab-ci.yml',
  'buildspec.yml',
  'buildspec.yaml',
  'bitbucket-pipelines.yml',
  'azure-pipelines.yml',
  '.circleci/config.yml',
  'Jenkinsfile',
];

/** A workflow that deploys: a deploy command of SAM, CDK, the Serverless Framework, CloudFormation or Terraform. */
const DEPLOYS = /\b(sam\s+(deploy|sync|pipeline)|cdk\s+deploy|(serverless|sls)\s+deploy|cloudformation\s+(deploy|create-stack|update-stack)|terraform\s+apply|aws-actions\/aws-cloudformation-github-deploy)\b/;

/** How far above the template a repository root (where CI files live) is looked for. */
const ANCESTORS = 4;
const UPWARDS: readonly string[] = Array.from({ length: ANCESTORS + 1 }, (_, i) => (i === 0 ? '.' : Array(i).fill('..').join('/')));
/**
 * Every path probed, nearest folder first: joined once, not for every template. Plain concatenation gives what
 * posix.join would for these already normal paths, without its ~1 ms at module load (155 calls).
 */
const PROBES: readonly string[] = UPWARDS.flatMap((dir) => CI_FILES.map((file) => (dir === '.' ? file : `${dir}/${file}`)));

const workflowFound = new WeakMap<object, boolean>();

/** Whether a deploying CI workflow sits beside the template or in a folder above it (once per folder). */
export function hasDeployingWorkflow(reader: CodeReader): boolean {
  const key = reader.folder ?? reader;
  let found = workflowFound.get(key);
  if (found === undefined) {
    // Only files that exist are matched: run on 155 missing ones, the pattern was compiled to machine code (~1 M instructions).
    found = PROBES.some((path) => {
      const text = reader.read(path);
      return text !== undefined && DEPLOYS.test(text);
    });
    workflowFound.set(key, found);
  }
  return found;
}

export const cicdPipeline: Rule = {
  id: 'cicd-pipeline',
  title: { en: 'Changes are deployed by a CI/CD pipeline', ja: '変更を CI/CD パイプラインでデプロイ' },
  severity: 'info',
  lens: { pillar: 'operationalExcellence', question: 'OPS2', choice: 'ops2_cicd' },
  aliases: [],
  resourceTypes: [...PIPELINE_TYPES, 'AWS::Lambda::Function'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only: an `AWS::CodePipeline::Pipeline` or `AWS::CodeBuild::Project` in the template supports the choice, and so do the functions of a template that has one. Functions also pass when a CI workflow that runs a deploy command (`sam deploy`, `sam pipeline`, `cdk deploy`, `serverless deploy`, `aws cloudformation deploy`, `terraform apply`) is found beside the template or up to four folders above it: `.github/workflows/` files with a usual name (`deploy.yml`, `ci.yml`, `pipeline.yml`, `main.yml`, `release.yml`…), `.gitlab-ci.yml`, `buildspec.yml`, `bitbucket-pipelines.yml`, `azure-pipelines.yml`, `.circleci/config.yml` or a `Jenkinsfile`. Otherwise a function is unknown: the pipeline may live in another repository.',
      ja: 'エビデンス専用です。テンプレートにある `AWS::CodePipeline::Pipeline` または `AWS::CodeBuild::Project` は選択肢を裏付け、それを含むテンプレートの関数も同様です。また、デプロイのコマンド（`sam deploy`、`sam pipeline`、`cdk deploy`、`serverless deploy`、`aws cloudformation deploy`、`terraform apply`）を実行する CI のワークフローがテンプレートと同じフォルダーか 4 階層上までにあれば、関数は合格です。対象は、よく使われる名前（`deploy.yml`、`ci.yml`、`pipeline.yml`、`main.yml`、`release.yml` など）の `.github/workflows/` のファイル、`.gitlab-ci.yml`、`buildspec.yml`、`bitbucket-pipelines.yml`、`azure-pipelines.yml`、`.circleci/config.yml`、`Jenkinsfile` です。それ以外の関数は不明とします。パイプラインが別のリポジトリにあることもあるためです。',
    },
    rationale: {
      en: 'A pipeline that builds once, tests, and promotes the same artifact through separate accounts is what makes a serverless change repeatable and reviewable; a hand deployment skips the tests and can reach production from a laptop.',
      ja: '一度だけビルドし、テストし、同じ成果物を別々のアカウントへ順に昇格させるパイプラインがあってこそ、サーバーレスの変更は再現でき、レビューできるものになります。手作業のデプロイはテストを飛ばし、手元の PC から本番に届いてしまいます。',
    },
    fix: {
      en: 'Generate a pipeline with `sam pipeline init --bootstrap` (CodePipeline, GitHub Actions, GitLab CI and others), or write a workflow that runs the tests and `sam deploy` per stage, assuming a role in each stage\'s account through OIDC.',
      ja: '`sam pipeline init --bootstrap` でパイプライン（CodePipeline、GitHub Actions、GitLab CI など）を生成するか、テストとステージごとの `sam deploy` を実行するワークフローを書き、各ステージのアカウントのロールを OIDC で引き受けます。',
    },
    differences: {
      en: 'Whether the stages are separate accounts cannot be seen in a template; the answer stays a person\'s to give.',
      ja: 'ステージが別々のアカウントかどうかはテンプレートからは分かりません。その判断は人に委ねます。',
    },
    links: [{ title: 'Generating a starter CI/CD pipeline with AWS SAM', url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-generating-example-ci-cd.html' }],
  },
  check(resource, { graph, code }) {
    if (resource.type !== 'AWS::Lambda::Function') return PASS;
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (graph.ofType(...PIPELINE_TYPES).length > 0) return PASS;
    return code && hasDeployingWorkflow(code) ? PASS : unknown();
  },
};
