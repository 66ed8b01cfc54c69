// Cost optimization: COST1.
// Question titles/descriptions and choice titles may only use ASCII punctuation (WA Tool import rule).
import { l, type PillarSource } from './source-types.js';

const LENS = 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens';

export const COST_PILLAR: PillarSource = {
  id: 'costOptimization',
  name: l('Cost Optimization', 'コスト最適化'),
  questions: [
    {
      id: 'COST1',
      title: l("How do you optimize your Serverless application's costs?", 'どのようにサーバーレスアプリケーションのコストを最適化しますか?'),
      description: l(
        'Serverless is billed per request, per millisecond and per gigabyte, so cost follows design decisions directly: time spent waiting on other services, memory and architecture settings, ' +
          'log volume and retention, and how often functions are invoked for work that could be filtered, batched or avoided. ' +
          'This question asks whether the team knows where its serverless bill comes from and acts on it.',
        'サーバーレスはリクエスト数, ミリ秒単位の実行時間, ギガバイト単位で課金されるため, コストは設計の判断にそのまま連動します. 他のサービスを待つ時間, メモリやアーキテクチャの設定, ' +
          'ログの量と保持期間, フィルタリング, バッチ化, 回避ができたはずの処理のための呼び出し回数などです. ' +
          'この質問では, チームがサーバーレスの請求額の内訳を把握し, それに基づいて行動しているかを確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: cost-effective resources', 'Serverless Lens: コスト効率の高いリソース'),
        url: `${LENS}/cost-effective-resources.html`,
      },
      essential: {
        choices: ['cost1_logging_retention', 'cost1_function_configuration'],
        why: l(
          'CloudWatch Logs groups created by Lambda keep data forever by default, so log storage cost grows every month with no upper bound, and verbose debug logging multiplies ingestion cost on every invocation. Function configuration (memory, architecture, timeout) is the multiplier on every millisecond billed. Both apply to every workload and are fixed with configuration alone. Trimming initialization and cost-aware code patterns pay off too, but they need code changes and depend on the workload.',
          'Lambda が作成する CloudWatch Logs のロググループは既定でデータを無期限に保持するため、ログの保存コストは上限なく毎月増え続けます。また、冗長なデバッグログはすべての呼び出しで取り込みコストを膨らませます。関数の設定 (メモリ、アーキテクチャ、タイムアウト) は課金されるミリ秒すべてに掛かる係数です。どちらもすべてのワークロードに当てはまり、設定だけで改善できます。初期化の削減やコストを意識したコードのパターンも効果がありますが、コードの変更が必要で、効果はワークロードによって異なります。',
        ),
      },
      choices: [
        {
          id: 'cost1_init_external_calls',
          title: l('Minimize external calls and function code initialization', '外部呼び出しと関数コードの初期化を最小限に抑える'),
          description: l(
            'Because Lambda bills for the time a function runs, including time spent waiting, functions avoid unnecessary work per invocation: SDK clients, database connections and configuration are created once in the initialization phase and reused, calls to other services are batched or made in parallel, and functions do not sit idle waiting for long operations that a workflow or an event could handle.',
            'Lambda は待ち時間も含めて関数の実行時間に課金するため、関数が呼び出しごとの不要な処理を避けている状態です。SDK クライアント、データベース接続、設定は初期化フェーズで一度だけ作成して再利用し、他のサービスへの呼び出しはバッチ化または並列化し、ワークフローやイベントで扱える長い処理を関数がただ待つことはありません。',
          ),
          helpfulResource: {
            text: l('Best practices for working with AWS Lambda functions', 'AWS Lambda 関数を使用する際のベストプラクティス'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
          },
          improvementPlan: {
            text: l(
              '1) Move creation of AWS SDK clients, HTTP agents with keep-alive, database connections and configuration reads outside the handler so warm invocations reuse them; cache secrets and parameters with a TTL instead of fetching them on every request. 2) Use X-Ray traces to find the downstream calls that dominate Duration; batch them (BatchGetItem, SendMessageBatch, PutEvents with several entries) or run independent ones in parallel. 3) Replace wait loops and polling inside functions with Step Functions Wait states, callbacks or event notifications, so you do not pay for idle milliseconds. 4) Set a timeout close to the real p99 duration so stuck calls do not run to 15 minutes.',
              '1) AWS SDK クライアント、キープアライブ付きの HTTP エージェント、データベース接続、設定の読み込みをハンドラーの外に移し、ウォームな呼び出しで再利用します。シークレットやパラメータはリクエストごとに取得せず、TTL 付きでキャッシュします。2) X-Ray のトレースで Duration の大部分を占める下流の呼び出しを見つけ、バッチ化する (BatchGetItem、SendMessageBatch、複数エントリの PutEvents など) か、独立した呼び出しを並列に実行します。3) 関数内の待機ループやポーリングは Step Functions の Wait ステート、コールバック、イベント通知に置き換え、アイドルなミリ秒に支払わないようにします。4) 応答のない呼び出しが 15 分まで動き続けないよう、タイムアウトを実際の p99 の実行時間に近い値にします。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
          },
        },
        {
          id: 'cost1_logging_retention',
          title: l('Optimize logging output and its retention', 'ログ出力とその保持を最適化する'),
          description: l(
            'Every log group has a retention period that matches how long its data is useful or must be kept, rather than the default of never expiring. Functions log at INFO or above in production with debug output sampled, avoid logging whole payloads, and logs that must be kept for years are exported to cheaper storage such as Amazon S3 or use the Infrequent Access log class.',
            'すべてのロググループに、既定の無期限ではなく、データが役に立つ期間または保管が義務付けられている期間に合った保持期間が設定されている状態です。本番の関数は INFO 以上のレベルでログを出力してデバッグ出力はサンプリングし、ペイロード全体をログに出さず、何年も保管しなければならないログは Amazon S3 などの安価なストレージにエクスポートするか、低頻度アクセスのログクラスを使っています。',
          ),
          helpfulResource: {
            text: l('Working with log groups and log streams (change log data retention)', 'ロググループとログストリームの操作 (ログデータの保持期間の変更)'),
            url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
          },
          improvementPlan: {
            text: l(
              '1) Declare an AWS::Logs::LogGroup named /aws/lambda/<function> with RetentionInDays for every function in the template (for example 14 or 30 days in production, 3 to 7 in development), or point LoggingConfig LogGroup at a shared group with retention; set retention on API Gateway access log and Step Functions log groups too. 2) Find existing groups with Never expire (aws logs describe-log-groups, or slens scan with the lambda-log-retention rule) and set retention on them. 3) Set ApplicationLogLevel INFO or WARN in production, sample debug logs, and stop logging full events. 4) For long-term retention subscribe logs to Amazon Data Firehose into S3 with lifecycle rules, and review CloudWatch Logs IncomingBytes by log group monthly.',
              '1) テンプレートで、すべての関数について /aws/lambda/<関数名> という名前の AWS::Logs::LogGroup を RetentionInDays 付きで宣言する (例: 本番は 14 日または 30 日、開発は 3〜7 日) か、LoggingConfig の LogGroup で保持期間を設定した共有ロググループを指定します。API Gateway のアクセスログや Step Functions のロググループにも保持期間を設定します。2) 失効しない設定の既存のロググループを見つけ (aws logs describe-log-groups、または lambda-log-retention ルールを含む slens scan)、保持期間を設定します。3) 本番では ApplicationLogLevel を INFO または WARN にし、デバッグログはサンプリングし、イベント全体のログ出力をやめます。4) 長期保管が必要な場合は Amazon Data Firehose 経由で S3 に送ってライフサイクルルールを設定し、ロググループごとの CloudWatch Logs の IncomingBytes を毎月確認します。',
            ),
            url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
          },
        },
        {
          id: 'cost1_function_configuration',
          title: l('Optimize function configuration to reduce cost', '関数設定を最適化してコストを削減する'),
          description: l(
            'Memory size, processor architecture, timeout and provisioned concurrency are set for cost as well as speed: memory at the point where duration times memory is lowest for the required latency, arm64 (AWS Graviton) wherever the code and its dependencies support it, timeouts that stop runaway invocations, and provisioned concurrency only where it is used. Compute Savings Plans cover steady Lambda usage.',
            'メモリサイズ、プロセッサアーキテクチャ、タイムアウト、Provisioned Concurrency を、速度だけでなくコストの観点でも設定している状態です。メモリは必要なレイテンシーを満たしつつ実行時間とメモリの積が最小になる値に、コードと依存ライブラリが対応していれば arm64 (AWS Graviton) を使い、タイムアウトで暴走した呼び出しを止め、Provisioned Concurrency は実際に使われる箇所にだけ設定します。安定した Lambda の利用は Compute Savings Plans でカバーします。',
          ),
          helpfulResource: {
            text: l('Selecting and configuring an instruction set architecture for your Lambda function', 'Lambda 関数の命令セットアーキテクチャの選択と設定'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html',
          },
          improvementPlan: {
            text: l(
              '1) Switch functions to Architectures: arm64 after running their tests on arm64 (check native dependencies and layers), which is priced lower per GB-second than x86_64. 2) Run AWS Lambda Power Tuning with the cost strategy, or follow AWS Compute Optimizer recommendations, and set MemorySize explicitly in the template instead of the default: CPU-bound functions often get cheaper with more memory because they finish sooner, while functions that mostly wait on other services only get more expensive. 3) Set Timeout near the observed p99 duration plus a margin, and check ProvisionedConcurrencyUtilization: remove or schedule provisioned concurrency that stays mostly idle. 4) Tag functions by service and team, review Lambda cost per function in AWS Cost Explorer monthly, and cover the steady baseline with a Compute Savings Plan.',
              '1) arm64 でテストを実行して (ネイティブの依存ライブラリとレイヤーを確認して) から、関数を Architectures: arm64 に切り替えます。arm64 は x86_64 より GB 秒あたりの料金が低く設定されています。2) コスト重視の戦略で AWS Lambda Power Tuning を実行するか、AWS Compute Optimizer の推奨事項に従い、テンプレートではデフォルトに任せず MemorySize を明示的に設定します。CPU バウンドな関数はメモリを増やすと早く終わるため安くなることが多い一方、他のサービスを待つ時間が大半の関数は高くなるだけです。3) Timeout は観測された p99 の実行時間に余裕を加えた値にし、ProvisionedConcurrencyUtilization を確認して、ほとんど使われていない Provisioned Concurrency は削除するかスケジュールで制御します。4) 関数にサービスとチームのタグを付けて AWS Cost Explorer で関数ごとの Lambda のコストを毎月確認し、安定したベースラインは Compute Savings Plans でカバーします。',
            ),
            url: 'https://docs.aws.amazon.com/compute-optimizer/latest/ug/view-lambda-recommendations.html',
          },
        },
        {
          id: 'cost1_cost_aware_patterns',
          title: l('Use cost-aware usage patterns in code', 'コストを意識した使用パターンをコードで使用する'),
          description: l(
            'The design avoids paying for invocations and requests that do no useful work: events are filtered before they invoke a function, records are processed in batches, HTTP APIs are used where REST API features are not needed, services are integrated directly where a function would only forward data, and expensive patterns such as polling, recursive loops and chatty per-item calls are replaced with events, batches or caches.',
            '有用な処理をしない呼び出しやリクエストに支払わないように設計している状態です。イベントは関数を起動する前にフィルタリングし、レコードはバッチで処理し、REST API の機能が不要な箇所では HTTP API を使い、データを転送するだけの関数の代わりにサービスを直接統合し、ポーリング、再帰的なループ、項目ごとの細かい呼び出しといった高コストのパターンをイベント、バッチ、キャッシュに置き換えています。',
          ),
          helpfulResource: {
            text: l('Choose between REST APIs and HTTP APIs', 'REST API と HTTP API の選択'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
          },
          improvementPlan: {
            text: l(
              '1) Add FilterCriteria to SQS, Kinesis and DynamoDB stream event source mappings and precise EventBridge rule patterns so functions are invoked only for events they act on. 2) Increase batch sizes and batching windows where latency allows, and use batch APIs (BatchWriteItem, SendMessageBatch) instead of one call per item. 3) Move REST APIs that do not use API keys, usage plans, request validation, caching or AWS WAF to HTTP APIs, which cost less per million requests, and replace forwarding functions with direct service integrations. 4) Replace scheduled polling with event notifications, guard against recursive invocation loops (keep Lambda recursive loop detection on), and set AWS Budgets and Cost Anomaly Detection alerts per service.',
              '1) SQS、Kinesis、DynamoDB ストリームのイベントソースマッピングに FilterCriteria を、EventBridge には正確なルールパターンを追加し、関数が処理すべきイベントでのみ起動されるようにします。2) レイテンシーが許す範囲でバッチサイズとバッチウィンドウを大きくし、項目ごとの呼び出しではなくバッチ API (BatchWriteItem、SendMessageBatch など) を使います。3) API キー、使用量プラン、リクエスト検証、キャッシュ、AWS WAF を使っていない REST API は、100 万リクエストあたりの料金が安い HTTP API に移行し、転送するだけの関数は直接のサービス統合に置き換えます。4) 定期的なポーリングはイベント通知に置き換え、再帰的な呼び出しループを防ぎ (Lambda の再帰ループ検出を有効のままにします)、サービスごとに AWS Budgets と Cost Anomaly Detection のアラートを設定します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
          },
        },
      ],
    },
  ],
};
