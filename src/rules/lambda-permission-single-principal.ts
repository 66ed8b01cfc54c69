// A function's resource policy grants invocation to one principal only. Alias: serverless-rules WS1002.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { valueKey } from '../iac/values.js';
import { displayValue } from './support/patterns.js';

export const lambdaPermissionSinglePrincipal: Rule = {
  id: 'lambda-permission-single-principal',
  title: { en: 'Functions are invoked by a single principal', ja: '関数を呼び出すプリンシパルを 1 つに限定' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_resource_policies' },
  aliases: ['WS1002'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    multiple: {
      en: 'Function {resource} can be invoked by {count} principals ({principals}); give each caller its own function, or check each grant is scoped.',
      ja: '関数 {resource} は {count} 個のプリンシパル（{principals}）から呼び出せます。呼び出し元ごとに関数を分けるか、各権限の範囲を確認してください。',
    },
  },
  docs: {
    description: {
      en: 'Collects the `AWS::Lambda::Permission` resources that target each function (by `Ref`, `GetAtt`, name or ARN, through aliases and versions — SAM events create these) and reports a function whose permissions name more than one distinct principal. Functions without permissions are not applicable.',
      ja: '各関数を対象とする `AWS::Lambda::Permission`（`Ref`、`GetAtt`、名前、ARN で指定され、エイリアスとバージョンもたどります。SAM のイベントが生成するものも含みます）を集め、異なるプリンシパルが 2 つ以上ある関数を報告します。パーミッションのない関数は対象外です。',
    },
    rationale: {
      en: 'A function that several services may call has a wider resource policy to review, more event shapes to validate, and usually more than one job. Single-purpose functions keep permissions and blast radius small.',
      ja: '複数のサービスから呼び出せる関数は、確認すべきリソースポリシーが広く、検証すべきイベントの形が多く、たいてい複数の役割を持っています。単一目的の関数なら、権限と影響範囲を小さく保てます。',
    },
    fix: {
      en: 'Split the function so each event source has its own function, or, when one function must serve several sources on purpose, scope every permission with `SourceArn`/`SourceAccount` and suppress this finding with a reason.',
      ja: 'イベントソースごとに関数を分けます。意図的に 1 つの関数で複数のソースを扱う場合は、各パーミッションを `SourceArn`/`SourceAccount` で限定し、理由を添えてこの指摘を抑制します。',
    },
    differences: {
      en: 'WS1002 groups permissions by the name they reference and reports at that name (which may be an alias or a parameter); this rule resolves aliases and versions to the function and reports on the function.',
      ja: 'WS1002 はパーミッションを参照先の名前でまとめ、その名前（エイリアスやパラメータの場合もあります）の位置で報告します。このルールはエイリアスとバージョンを関数まで解決し、関数の位置で報告します。',
    },
    links: [{ title: 'Working with resource-based IAM policies in Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html' }],
  },
  check(resource, { graph }) {
    const principals = new Map<string, string>();
    for (const permission of graph.ofType('AWS::Lambda::Permission')) {
      if (graph.functionOf(permission.properties['FunctionName']) !== resource) continue;
      const principal = permission.properties['Principal'];
      principals.set(valueKey(principal), displayValue(principal));
    }
    if (principals.size === 0) return NOT_APPLICABLE;
    if (principals.size === 1) return PASS;
    const list = [...principals.values()].sort();
    return fail('multiple', { count: list.length, principals: list.join(', ') });
  },
};
