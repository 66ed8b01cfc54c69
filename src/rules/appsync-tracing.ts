// AppSync GraphQL APIs send traces to AWS X-Ray. Alias: serverless-rules WS3000.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isUnresolved } from '../iac/values.js';

export const appsyncTracing: Rule = {
  id: 'appsync-tracing',
  title: { en: 'AppSync APIs have X-Ray tracing', ja: 'AppSync API の X-Ray トレースを有効化' },
  severity: 'warning',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_tracing' },
  aliases: ['WS3000'],
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  messages: {
    disabled: {
      en: 'GraphQL API {resource} does not have X-Ray tracing enabled (XrayEnabled).',
      ja: 'GraphQL API {resource} で X-Ray トレースが有効になっていません（XrayEnabled）。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every `AWS::AppSync::GraphQLApi` sets `XrayEnabled: true`.',
      ja: 'すべての `AWS::AppSync::GraphQLApi` で `XrayEnabled: true` が設定されていることを確認します。',
    },
    rationale: {
      en: 'A GraphQL request fans out to several resolvers and data sources; traces show which resolver is slow or failing instead of one opaque request time.',
      ja: 'GraphQL のリクエストは複数のリゾルバーとデータソースに分かれます。トレースがあれば、1 つの不透明なリクエスト時間ではなく、どのリゾルバーが遅いのか、失敗しているのかがわかります。',
    },
    fix: {
      en: 'Set `XrayEnabled: true` on the `AWS::AppSync::GraphQLApi` (SAM `AWS::Serverless::GraphQLApi`: `XrayEnabled: true`).',
      ja: '`AWS::AppSync::GraphQLApi` に `XrayEnabled: true` を設定します（SAM の `AWS::Serverless::GraphQLApi` でも `XrayEnabled: true`）。',
    },
    links: [{ title: 'Tracing with AWS X-Ray in AWS AppSync', url: 'https://docs.aws.amazon.com/appsync/latest/devguide/x-ray-tracing.html' }],
  },
  check(resource) {
    const enabled = resource.properties['XrayEnabled'];
    if (enabled === true || enabled === 'true') return PASS;
    if (isUnresolved(enabled)) return unknown(['XrayEnabled']);
    return fail('disabled', {}, enabled === undefined ? undefined : ['XrayEnabled']);
  },
};
