// AWS SDK clients are created once per execution environment (module scope), not on every invocation.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { handlerBody, handlerSource, sdkClients } from './support/code.js';
import { isFrameworkHelper } from './support/function-facts.js';

export const lambdaSdkClientsInit: Rule = {
  id: 'lambda-sdk-clients-init',
  title: { en: 'SDK clients are created outside the handler', ja: 'SDK クライアントをハンドラーの外で作成' },
  severity: 'warning',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_init_external_calls' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    perInvocation: {
      en: 'Function {resource} creates {client} inside its handler {handler} ({file}); create it once at module level so warm invocations reuse it and its connections.',
      ja: '関数 {resource} はハンドラー {handler}（{file}）の中で {client} を作成しています。モジュールのトップレベルで一度だけ作成すれば、ウォームな呼び出しでクライアントと接続を再利用できます。',
    },
  },
  docs: {
    description: {
      en: 'For Node.js and Python functions whose handler file is found from `Handler` and the local `CodeUri` (or inline code), checks where AWS SDK clients are created (`boto3.client`/`resource`, `new …Client(`, `new AWS.…(`, `DynamoDBDocumentClient.from`): inside the handler function fails, only at module level passes. Handlers that create no SDK client are not judged; code the scan cannot find (S3 artifacts, other languages, build output not present) is unknown.',
      ja: '`Handler` とローカルの `CodeUri`（またはインラインコード）からハンドラーのファイルが見つかる Node.js と Python の関数について、AWS SDK クライアント（`boto3.client`/`resource`、`new …Client(`、`new AWS.…(`、`DynamoDBDocumentClient.from`）を作成する場所を確認します。ハンドラー関数の中なら不合格、モジュールのトップレベルだけなら合格です。SDK クライアントを作成しないハンドラーは判定せず、スキャンで見つからないコード（S3 の成果物、ほかの言語、存在しないビルド出力）は不明として扱います。',
    },
    rationale: {
      en: 'Code outside the handler runs once per execution environment and is reused by every warm invocation; a client created per invocation repeats credential loading and TLS handshakes, which you pay for in duration.',
      ja: 'ハンドラーの外のコードは実行環境ごとに一度だけ実行され、ウォームな呼び出しで再利用されます。呼び出しごとに作成したクライアントは認証情報の読み込みや TLS ハンドシェイクを繰り返し、その分の実行時間を支払うことになります。',
    },
    fix: { en: 'Move `client = boto3.client("dynamodb")` (or `const client = new DynamoDBClient({})`) above the handler and use it inside.', ja: '`client = boto3.client("dynamodb")`（または `const client = new DynamoDBClient({})`）をハンドラーの上に移し、ハンドラーの中で使います。' },
    links: [{ title: 'Best practices for working with AWS Lambda functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html' }],
  },
  check(resource, ctx) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const source = handlerSource(resource, ctx);
    if (source === undefined) return NOT_APPLICABLE;
    if (source === 'unknown') return unknown(['Handler']);
    const body = handlerBody(source);
    if (body === undefined) return unknown(['Handler']);
    const inside = sdkClients(body);
    if (inside.length) return fail('perInvocation', { client: inside[0] as string, handler: source.name, file: source.path }, ['Handler']);
    return sdkClients(source.text).length ? PASS : NOT_APPLICABLE;
  },
};
