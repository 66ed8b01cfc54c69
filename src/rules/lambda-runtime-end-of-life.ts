// Lambda functions run on a runtime AWS still supports (dates in data/lambda-runtimes.ts, compared with the
// injected scan date). Aliases: cfn-lint E2531 (and its siblings E2533, W2531).
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isUnresolved } from '../iac/values.js';
import { LAMBDA_RUNTIMES, RUNTIME_TABLE_AS_OF, RUNTIME_TABLE_SOURCE, SOON_DEPRECATED_DAYS } from './data/lambda-runtimes.js';

const DAY_MS = 86_400_000;
/** The shapes of Lambda runtime identifiers, so a future version is told from a typo (`provided.al2023023`). */
const RUNTIME_SHAPE = /^(nodejs\d{1,2}\.x|python3\.\d{1,2}|java\d{1,2}(\.al2(023)?)?|dotnet\d{1,2}|dotnetcore\d\.\d|ruby\d\.\d|go1\.x|provided(\.al2(023)?)?)$/;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const lambdaRuntimeEndOfLife: Rule = {
  id: 'lambda-runtime-end-of-life',
  title: { en: 'Lambda functions use a supported runtime', ja: 'Lambda 関数がサポート中のランタイムを使用' },
  severity: 'error',
  lens: { pillar: 'operationalExcellence', question: 'OPS2', choice: 'ops2_runtime_deprecation' },
  aliases: ['E2531', 'E2533', 'W2531'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    blocked: {
      en: 'Function {resource} uses runtime {runtime}, deprecated since {deprecated}; updates are blocked since {blockUpdate}. Move to {successor}.',
      ja: '関数 {resource} のランタイム {runtime} は {deprecated} にサポートが終了し、{blockUpdate} から更新もできません。{successor} に移行してください。',
    },
    deprecated: {
      en: 'Function {resource} uses runtime {runtime}, deprecated since {deprecated}; updates will be blocked from {blockUpdate}. Move to {successor}.',
      ja: '関数 {resource} のランタイム {runtime} は {deprecated} にサポートが終了しました。{blockUpdate} から更新できなくなります。{successor} に移行してください。',
    },
    unknownRuntime: {
      en: 'Function {resource} names runtime "{runtime}", which is not a Lambda runtime; the deployment fails. Check the spelling (for example nodejs22.x, python3.13, provided.al2023).',
      ja: '関数 {resource} のランタイム「{runtime}」は Lambda のランタイムではないため、デプロイに失敗します。綴りを確認してください（例: nodejs22.x、python3.13、provided.al2023）。',
    },
    soon: {
      en: 'Function {resource} uses runtime {runtime}, which AWS deprecates on {deprecated} (in {days} days). Plan the move to {successor}.',
      ja: '関数 {resource} のランタイム {runtime} は {deprecated}（あと {days} 日）にサポートが終了します。{successor} への移行を計画してください。',
    },
  },
  docs: {
    description: {
      en: `Compares each function's \`Runtime\` with the Lambda runtime lifecycle table (as of ${RUNTIME_TABLE_AS_OF}) at the scan date: an error once updates are blocked, a warning after the deprecation date, and information within ${SOON_DEPRECATED_DAYS} days of it. A string that is no Lambda runtime at all (a typo such as \`provided.al2023023\`) is an error; a well-formed runtime newer than the table and container image functions are not judged.`,
      ja: `各関数の \`Runtime\` を、スキャン日時点の Lambda ランタイムのライフサイクル表（${RUNTIME_TABLE_AS_OF} 時点）と比較します。更新がブロックされた後はエラー、非推奨日の後は警告、非推奨日の ${SOON_DEPRECATED_DAYS} 日前からは情報として報告します。Lambda のランタイムとして存在しない文字列（\`provided.al2023023\` のような綴りの誤り）はエラーです。表より新しい正しい形式のランタイムとコンテナイメージの関数は判定しません。`,
    },
    rationale: {
      en: 'A deprecated runtime gets no security patches or technical support, and AWS later blocks creating and updating functions on it — an urgent fix then cannot be deployed. Planning the upgrade before the date keeps changes routine.',
      ja: '非推奨のランタイムにはセキュリティパッチも技術サポートも提供されず、やがて関数の作成と更新がブロックされます。そうなると緊急の修正もデプロイできません。期日の前に移行を計画すれば、変更を通常の作業として進められます。',
    },
    fix: {
      en: 'Change `Runtime` to the suggested successor (or another supported version), run the tests, and deploy. With SAM, `Globals.Function.Runtime` changes every function at once.',
      ja: '`Runtime` を提示された後継バージョン（または他のサポート中のバージョン）に変更し、テストしてからデプロイします。SAM では `Globals.Function.Runtime` ですべての関数をまとめて変更できます。',
    },
    differences: {
      en: 'cfn-lint splits this check into E2531, E2533 and W2531 by date; this single rule covers all three and grades its findings by severity. The scan date is an input (`--today` in tests) so results are reproducible.',
      ja: 'cfn-lint は日付に応じて E2531、E2533、W2531 に分けています。このルールは 1 つで 3 つを扱い、重大度で区別します。スキャン日は入力として与えられるため、結果は再現可能です。',
    },
    links: [
      { title: 'Lambda runtimes', url: RUNTIME_TABLE_SOURCE },
      { title: 'Runtime deprecation policy', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy' },
    ],
  },
  check(resource, { today }) {
    const { properties } = resource;
    if (properties['PackageType'] === 'Image') return NOT_APPLICABLE;
    const runtime = properties['Runtime'];
    if (runtime === undefined || runtime === null) return NOT_APPLICABLE;
    if (isUnresolved(runtime) || typeof runtime !== 'string') return unknown(['Runtime']);
    const life = LAMBDA_RUNTIMES[runtime];
    // A runtime newer than the table is unknown; a string no Lambda runtime has (a typo) fails deployment.
    if (!life) return RUNTIME_SHAPE.test(runtime) ? unknown(['Runtime']) : { ...fail('unknownRuntime', { runtime }, ['Runtime']), severity: 'error' };
    const data = {
      runtime,
      deprecated: life.deprecated,
      blockUpdate: life.blockUpdate ?? life.deprecated,
      successor: life.successor ?? '-',
    };
    if (life.blockUpdate && life.blockUpdate <= today) return { ...fail('blocked', data, ['Runtime']), severity: 'error' };
    if (life.deprecated <= today) return { ...fail('deprecated', data, ['Runtime']), severity: 'warning' };
    const days = daysBetween(today, life.deprecated);
    if (days <= SOON_DEPRECATED_DAYS && life.successor) return { ...fail('soon', { ...data, days }, ['Runtime']), severity: 'info' };
    return PASS;
  },
};
