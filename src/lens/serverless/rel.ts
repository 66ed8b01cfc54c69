// Reliability: REL1 (inbound request rates) and REL2 (resiliency).
// Question titles/descriptions and choice titles may only use ASCII punctuation (WA Tool import rule).
import { l, type PillarSource } from './source-types.js';

const LENS = 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens';

export const REL_PILLAR: PillarSource = {
  id: 'reliability',
  name: l('Reliability', '信頼性'),
  questions: [
    {
      id: 'REL1',
      title: l('How do you regulate inbound request rates?', 'インバウンドリクエスト率はどのように調整していますか?'),
      description: l(
        'Serverless front ends scale almost instantly, which is a strength until a traffic spike, a retry storm or a misbehaving client passes that load straight to something that cannot scale. ' +
          'This question asks whether inbound rates are limited at the edge, whether each consumer has a quota that matches its contract, ' +
          'and how databases, legacy systems and third-party APIs behind the functions are protected from bursts.',
        'サーバーレスのフロントエンドはほぼ瞬時にスケールします. それは長所ですが, トラフィックの急増, リトライの嵐, 不適切なクライアントがあると, その負荷がスケールできないものにそのまま届いてしまいます. ' +
          'この質問では, 入口でリクエスト率を制限しているか, 利用者ごとに契約に合ったクォータがあるか, ' +
          '関数の背後にあるデータベース, レガシーシステム, 外部 API をバーストからどのように保護しているかを確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: reliability foundations', 'Serverless Lens: 信頼性の基盤'),
        url: `${LENS}/rel-foundations.html`,
      },
      essential: {
        choices: ['rel1_throttling'],
        why: l(
          'Without throttling, the account-level defaults are the only limit: one client or one retry loop can consume the whole Region quota of API Gateway and Lambda, throttling every other API and function in the account, and can run up cost. Per-consumer quotas and buffering for non-scalable resources refine the protection, but a stage or route throttle is the baseline that keeps the application up under unexpected load.',
          'スロットリングがなければ、アカウントのデフォルト値だけが上限になります。1 つのクライアントや 1 つのリトライループが API Gateway と Lambda のリージョンのクォータを使い切り、アカウント内の他のすべての API と関数をスロットリングさせ、コストも膨らませかねません。利用者ごとのクォータやスケーラブルではないリソースのためのバッファリングは保護をさらに細かくしますが、ステージやルートのスロットリングは想定外の負荷でもアプリケーションを動かし続けるための基本です。',
        ),
      },
      choices: [
        {
          id: 'rel1_throttling',
          title: l('Use throttling to control inbound request rates', 'スロットリングを使用してインバウンドリクエスト率を制御する'),
          description: l(
            'Steady-state rate and burst limits are set deliberately, from load tests, on API Gateway stages and the routes or methods that need their own limits, and reserved concurrency caps functions whose downstream cannot follow Lambda\u2019s scaling. Throttled clients receive HTTP 429 and are expected to retry with exponential backoff and jitter.',
            '負荷テストの結果に基づき、API Gateway のステージや個別の上限が必要なルート・メソッドに、定常時のレートとバーストの上限を意図して設定している状態です。下流が Lambda のスケールに追随できない関数には予約済み同時実行数で上限を設けます。スロットリングされたクライアントは HTTP 429 を受け取り、指数バックオフとジッターを伴う再試行を行う前提です。',
          ),
          helpfulResource: {
            text: l('Throttle requests to your REST APIs for better throughput', 'スループット向上のための REST API へのリクエストのスロットリング'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
          },
          improvementPlan: {
            text: l(
              '1) Load test each API (for example with Artillery, k6 or Distributed Load Testing on AWS) to find the steady rate and burst it serves without errors or latency loss. 2) Set ThrottlingRateLimit and ThrottlingBurstLimit in the stage MethodSettings (REST) or DefaultRouteSettings/RouteSettings (HTTP API) below those values, with tighter limits on expensive routes. 3) Set ReservedConcurrentExecutions on functions that call limited backends, and alarm on Throttles and on API 429 counts. 4) Document the 429 behavior in your API contract, and make your own clients retry with the AWS SDK standard or adaptive retry mode.',
              '1) 各 API の負荷テストを行い (Artillery、k6、Distributed Load Testing on AWS など)、エラーや遅延の悪化なしに処理できる定常レートとバーストを把握します。2) ステージの MethodSettings (REST API) または DefaultRouteSettings/RouteSettings (HTTP API) で、それより低い値の ThrottlingRateLimit と ThrottlingBurstLimit を設定し、コストの高いルートにはさらに厳しい上限を設定します。3) 上限のあるバックエンドを呼び出す関数には ReservedConcurrentExecutions を設定し、Throttles と API の 429 の件数にアラームを設定します。4) API の契約に 429 の挙動を明記し、自社のクライアントは AWS SDK の standard または adaptive リトライモードで再試行するようにします。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
          },
        },
        {
          id: 'rel1_quotas',
          title: l('Use, analyze, and enforce API quotas', 'API クォータを使用, 分析, 適用する'),
          description: l(
            'Consumers of an API are identified with API keys attached to usage plans that set their rate, burst and daily, weekly or monthly quota according to their contract or tier. Usage per consumer is reviewed, so the team sees who is approaching a limit, can offer a higher tier, and can cut off a single misbehaving consumer without affecting others. API keys are used for metering only, together with a real authorizer.',
            'API の利用者を使用量プランに関連付けた API キーで識別し、契約やプランに応じてレート、バースト、日次・週次・月次のクォータを設定している状態です。利用者ごとの使用量を確認し、上限に近づいている利用者を把握して上位プランを提案したり、不適切な利用者 1 人だけを他に影響を与えずに遮断したりできます。API キーは計測のためだけに使い、必ず本来のオーソライザーと組み合わせます。',
          ),
          helpfulResource: {
            text: l('Usage plans and API keys for REST APIs in API Gateway', 'API Gateway の REST API の使用量プランと API キー'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
          },
          improvementPlan: {
            text: l(
              '1) Define usage plans per consumer tier (for example free, standard, partner) with throttle and quota values, and issue one API key per consuming application, set ApiKeyRequired on the methods it uses. 2) Keep authorization in a Cognito, IAM or Lambda authorizer; a Lambda authorizer can also return the usageIdentifierKey so keys are never handled by clients. 3) Export usage with GetUsage or enable API Gateway access logs with $context.identity.apiKeyId, and review top consumers and quota exhaustion monthly. 4) Alarm when a consumer repeatedly hits its quota, and have a runbook to disable one key quickly.',
              '1) 利用者の区分 (例: free、standard、partner) ごとにスロットリングとクォータの値を持つ使用量プランを定義し、利用するアプリケーションごとに API キーを 1 つ発行して、使用するメソッドに ApiKeyRequired を設定します。2) 認可は Cognito、IAM、Lambda のオーソライザーで行います。Lambda オーソライザーは usageIdentifierKey を返すこともでき、クライアントにキーを扱わせずに済みます。3) GetUsage で使用量を出力するか、$context.identity.apiKeyId を含む API Gateway のアクセスログを有効にし、上位の利用者とクォータの使い切りを毎月確認します。4) 利用者が繰り返しクォータに達したらアラームを出し、特定のキーを素早く無効化する手順書を用意します。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
          },
        },
        {
          id: 'rel1_protect_nonscalable',
          title: l('Use mechanisms to protect non-scalable resources', 'スケーラブルではないリソースを保護するメカニズムを利用する'),
          description: l(
            'Resources that cannot scale with Lambda, such as relational databases with connection limits, on-premises systems and rate-limited third-party APIs, are shielded from bursts: requests are buffered in a queue or stream and consumed at a controlled rate, database connections are pooled, and function concurrency towards them is capped. A spike becomes a longer queue, not an outage downstream.',
            '接続数に上限のあるリレーショナルデータベース、オンプレミスのシステム、レート制限のある外部 API など、Lambda と同じようにはスケールできないリソースをバーストから守っている状態です。リクエストはキューやストリームでバッファリングして制御された速度で処理し、データベース接続はプールし、それらに向かう関数の同時実行数には上限を設けます。急増はキューが長くなるだけで、下流の障害にはなりません。',
          ),
          helpfulResource: {
            text: l('Using Amazon RDS Proxy', 'Amazon RDS Proxy の使用'),
            url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
          },
          improvementPlan: {
            text: l(
              '1) List every downstream dependency with its real capacity (max connections, requests per second, license limits). 2) Put an SQS queue between producers and the function that calls a limited system, and cap the consumer with the event source mapping ScalingConfig MaximumConcurrency (or reserved concurrency) and a suitable batch size; for ordered data use a Kinesis stream with a chosen shard count. 3) Connect Lambda to RDS and Aurora through Amazon RDS Proxy so connections are pooled and reused, and create database clients outside the handler. 4) Alarm on queue age and on the dependency\u2019s own saturation metrics, and add a circuit breaker or timeout in the client so a slow dependency does not hold all concurrency.',
              '1) すべての下流の依存先について、実際の処理能力 (最大接続数、秒間リクエスト数、ライセンス上の上限など) を一覧にします。2) 上限のあるシステムを呼び出す関数と送信元の間に SQS キューを置き、イベントソースマッピングの ScalingConfig の MaximumConcurrency (または予約済み同時実行数) と適切なバッチサイズで消費側に上限を設けます。順序が必要なデータにはシャード数を決めた Kinesis ストリームを使います。3) Lambda から RDS や Aurora へは Amazon RDS Proxy 経由で接続して接続をプール・再利用し、データベースクライアントはハンドラーの外で作成します。4) キューの滞留時間と依存先自身の飽和メトリクスにアラームを設定し、遅い依存先がすべての同時実行を占有しないよう、クライアントにサーキットブレーカーやタイムアウトを入れます。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
          },
        },
      ],
    },
    {
      id: 'REL2',
      title: l('How do you build resiliency into your Serverless application?', 'サーバーレスアプリケーションには回復力をどのように組み込んでいますか?'),
      description: l(
        'In an event driven application failures are normal: invocations time out, batches fail part way, services throttle, and events arrive twice or out of order. ' +
          'This question asks whether failed events are retried and kept instead of lost, whether handlers are idempotent, whether long multi step transactions are coordinated by a workflow, ' +
          'and whether the application has been tested at the burst rates it must survive.',
        'イベント駆動のアプリケーションでは障害は日常です. 呼び出しはタイムアウトし, バッチは途中で失敗し, サービスはスロットリングし, イベントは 2 回届いたり順序が入れ替わったりします. ' +
          'この質問では, 失敗したイベントを失わずに再試行, 保持しているか, ハンドラーが冪等か, 複数ステップにわたる長いトランザクションをワークフローで調整しているか, ' +
          '耐えるべきバーストレートでアプリケーションをテストしたかを確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: failure management', 'Serverless Lens: 障害管理'),
        url: `${LENS}/failure-management.html`,
      },
      essential: {
        choices: ['rel2_failures', 'rel2_duplicate_events'],
        why: l(
          'Asynchronous invocations, queues and streams retry and then drop or block: without failure destinations, dead-letter queues and partial batch handling, failed events are silently lost or a single bad record stops a whole shard. Because every AWS event source delivers at least once, a handler that is not idempotent will sooner or later charge a card twice or create duplicate orders. Orchestration and burst testing make the system more robust, but these two decide whether data is lost or corrupted.',
          '非同期呼び出し、キュー、ストリームは再試行した後に破棄またはブロックします。失敗時の送信先、デッドレターキュー、部分的なバッチ失敗の処理がなければ、失敗したイベントは気づかれずに失われるか、1 件の不良レコードがシャード全体を止めてしまいます。また、AWS のイベントソースはすべて少なくとも 1 回の配信なので、冪等でないハンドラーはいずれカードの二重請求や注文の重複を起こします。オーケストレーションやバーストのテストはシステムをより堅牢にしますが、この 2 つはデータが失われるか壊れるかを左右します。',
        ),
      },
      choices: [
        {
          id: 'rel2_failures',
          title: l('Manage transaction, partial, and intermittent failures', 'トランザクション障害, 部分的な障害, 断続的な障害に対処する'),
          description: l(
            'Every asynchronous path has somewhere for failed events to go and someone who looks at it: on-failure destinations or dead-letter queues for asynchronous Lambda invocations and EventBridge targets, redrive policies on SQS queues and SNS subscriptions, and retry limits, maximum record age and bisect-on-error for streams. Batch handlers report only the failed items, and transient errors are retried with backoff while permanent ones are set aside.',
            'すべての非同期経路に、失敗したイベントの行き先と、それを確認する担当者がいる状態です。Lambda の非同期呼び出しや EventBridge のターゲットには失敗時の送信先やデッドレターキューを、SQS キューや SNS サブスクリプションには再処理ポリシーを、ストリームには再試行回数の上限、レコードの最大経過時間、エラー時のバッチ分割を設定します。バッチ処理では失敗した項目だけを報告し、一時的なエラーはバックオフを伴って再試行し、恒久的なエラーは別に退避します。',
          ),
          helpfulResource: {
            text: l('Handling errors for an SQS event source in Lambda', 'Lambda での SQS イベントソースのエラー処理'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
          },
          improvementPlan: {
            text: l(
              '1) For asynchronous invocations configure an OnFailure destination (SQS, SNS, EventBridge or S3) or a DeadLetterQueue, and set MaximumRetryAttempts and MaximumEventAgeInSeconds deliberately. 2) Give every SQS queue a RedrivePolicy to a dead-letter queue with a maxReceiveCount of at least 5, and a visibility timeout of at least six times the function timeout. 3) Enable ReportBatchItemFailures on SQS, Kinesis and DynamoDB stream event source mappings and return batchItemFailures (the Batch Processing utility of Powertools for AWS Lambda does this); for streams also set BisectBatchOnFunctionError, MaximumRetryAttempts and an on-failure destination. 4) Alarm on every dead-letter queue\u2019s ApproximateNumberOfMessagesVisible and have a runbook to inspect and redrive messages.',
              '1) 非同期呼び出しには OnFailure の送信先 (SQS、SNS、EventBridge、S3) または DeadLetterQueue を設定し、MaximumRetryAttempts と MaximumEventAgeInSeconds を意図した値にします。2) すべての SQS キューに maxReceiveCount が 5 以上のデッドレターキューへの RedrivePolicy を設定し、可視性タイムアウトは関数のタイムアウトの 6 倍以上にします。3) SQS、Kinesis、DynamoDB ストリームのイベントソースマッピングで ReportBatchItemFailures を有効にし、batchItemFailures を返します (Powertools for AWS Lambda の Batch Processing ユーティリティが対応しています)。ストリームでは BisectBatchOnFunctionError、MaximumRetryAttempts、失敗時の送信先も設定します。4) すべてのデッドレターキューの ApproximateNumberOfMessagesVisible にアラームを設定し、メッセージを調査して再処理する手順書を用意します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html',
          },
        },
        {
          id: 'rel2_duplicate_events',
          title: l('Manage duplicate and unwanted events', '重複した不要なイベントに対処する'),
          description: l(
            'Handlers produce the same result whether an event is processed once or several times, because queues, streams, EventBridge and asynchronous invocations deliver at least once and clients retry. Side effects such as payments, e-mails and inserts are protected by an idempotency key recorded with a conditional write, and events that are not wanted (wrong type, failed schema, too old) are filtered out before they cost an invocation.',
            'キュー、ストリーム、EventBridge、非同期呼び出しは少なくとも 1 回の配信であり、クライアントも再試行するため、ハンドラーがイベントを 1 回処理しても複数回処理しても同じ結果になる状態です。決済、メール送信、データ挿入などの副作用は、条件付き書き込みで記録した冪等性キーで守り、不要なイベント (種類が違う、スキーマに合わない、古すぎる) は呼び出しのコストが発生する前にフィルタリングします。',
          ),
          helpfulResource: {
            text: l('Powertools for AWS Lambda: Idempotency utility', 'Powertools for AWS Lambda: 冪等性ユーティリティ'),
            url: 'https://docs.aws.amazon.com/powertools/typescript/latest/features/idempotency/',
          },
          improvementPlan: {
            text: l(
              '1) List handlers with side effects that must not repeat (charging, sending, creating records) and choose an idempotency key for each: a client-supplied Idempotency-Key header, the order ID or a hash of the payload. 2) Wrap them with the Idempotency utility of Powertools for AWS Lambda, backed by a DynamoDB table with TTL, or implement a conditional PutItem (attribute_not_exists) yourself. 3) Make writes naturally idempotent where possible (upserts by business key, version checks). 4) Use Lambda event filtering on SQS, Kinesis and DynamoDB event source mappings and precise EventBridge rule patterns to drop unwanted events, and test every handler by delivering the same event twice.',
              '1) 繰り返してはならない副作用を持つハンドラー (課金、送信、レコード作成など) を洗い出し、それぞれに冪等性キーを決めます。クライアントが送る Idempotency-Key ヘッダー、注文 ID、ペイロードのハッシュなどです。2) TTL 付きの DynamoDB テーブルを使う Powertools for AWS Lambda の Idempotency ユーティリティでラップするか、条件付き PutItem (attribute_not_exists) を自分で実装します。3) 可能な場合は書き込み自体を冪等にします (ビジネスキーによるアップサート、バージョンチェックなど)。4) SQS、Kinesis、DynamoDB のイベントソースマッピングでは Lambda のイベントフィルタリングを、EventBridge では正確なルールパターンを使って不要なイベントを除外し、同じイベントを 2 回配信するテストをすべてのハンドラーに用意します。',
            ),
            url: 'https://docs.aws.amazon.com/powertools/typescript/latest/features/idempotency/',
          },
        },
        {
          id: 'rel2_orchestration',
          title: l('Orchestrate long-running transactions', '長時間実行のトランザクションを調整する'),
          description: l(
            'Business transactions that span several steps or services, wait for people or external systems, or must be undone when a later step fails are coordinated by a state machine instead of functions calling functions. Retries, timeouts, error handling and compensating steps (the saga pattern) are declared in the workflow, and each execution\u2019s state and history can be inspected.',
            '複数のステップやサービスにまたがる、人や外部システムを待つ、後続のステップが失敗したら取り消す必要がある、といったビジネストランザクションを、関数から関数を呼び出すのではなくステートマシンで調整している状態です。再試行、タイムアウト、エラー処理、補償ステップ (Saga パターン) はワークフローに宣言し、各実行の状態と履歴を確認できます。',
          ),
          helpfulResource: {
            text: l('What is AWS Step Functions?', 'AWS Step Functions とは'),
            url: 'https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html',
          },
          improvementPlan: {
            text: l(
              '1) Find functions that invoke other functions synchronously, poll or sleep, or run close to the Lambda 15-minute or API Gateway integration timeout. 2) Model the transaction as an AWS Step Functions state machine: Standard workflows for long-running, auditable processes, Express workflows for high-volume short ones. 3) Declare Retry with backoff and Catch on each task, add compensating steps for a saga, use .waitForTaskToken for human or external callbacks, and call AWS services directly with SDK integrations instead of wrapper functions. 4) Return a job ID to synchronous callers and let them poll or receive a notification, and alarm on ExecutionsFailed and ExecutionsTimedOut.',
              '1) 他の関数を同期的に呼び出す、ポーリングやスリープを行う、Lambda の 15 分や API Gateway の統合タイムアウトに近い時間実行される関数を洗い出します。2) トランザクションを AWS Step Functions のステートマシンとしてモデル化します。長時間実行で監査が必要な処理には Standard ワークフローを、大量で短い処理には Express ワークフローを使います。3) 各タスクにバックオフ付きの Retry と Catch を宣言し、Saga には補償ステップを追加し、人や外部からのコールバックには .waitForTaskToken を使い、AWS サービスはラッパー関数ではなく SDK 統合で直接呼び出します。4) 同期的な呼び出し元にはジョブ ID を返してポーリングまたは通知で結果を受け取ってもらい、ExecutionsFailed と ExecutionsTimedOut にアラームを設定します。',
            ),
            url: 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-standard-vs-express.html',
          },
        },
        {
          id: 'rel2_burst_scaling',
          title: l('Consider scaling patterns at burst rates', 'バーストレートにおけるパターンのスケーリングを検討する'),
          description: l(
            'The team knows how each component scales when traffic jumps from baseline to peak in seconds: Lambda adds concurrency at a fixed rate per function, API Gateway and account concurrency have Regional quotas, and DynamoDB, Kinesis and downstream services have their own limits. Expected peaks have been load tested, quotas raised ahead of events, and latency-critical paths prepared with provisioned concurrency or buffering.',
            'トラフィックが数秒で通常値からピークへ跳ね上がったときに、各コンポーネントがどのようにスケールするかをチームが把握している状態です。Lambda は関数ごとに一定の速度で同時実行数を増やし、API Gateway とアカウントの同時実行数にはリージョンのクォータがあり、DynamoDB、Kinesis、下流のサービスにもそれぞれ上限があります。想定されるピークで負荷テストを行い、イベント前にクォータを引き上げ、レイテンシーが重要な経路は Provisioned Concurrency やバッファリングで備えています。',
          ),
          helpfulResource: {
            text: l('Lambda scaling behavior', 'Lambda のスケーリング動作'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
          },
          improvementPlan: {
            text: l(
              '1) Write down the expected peak and how fast it arrives (a sale, a campaign, a batch at midnight) and compare it with Lambda scaling rate, account concurrency and API Gateway quotas in Service Quotas. 2) Load test with a sudden ramp, not only a gradual one, and watch Throttles, ConcurrentExecutions, DynamoDB throttled requests and downstream errors. 3) Request quota increases weeks before known events; use DynamoDB on-demand or pre-warmed capacity, and provisioned concurrency with Application Auto Scaling schedules for latency-critical functions. 4) Move work that does not need an immediate answer behind SQS or EventBridge so bursts are absorbed, and alarm on ClaimedAccountConcurrency approaching the quota.',
              '1) 想定されるピーク (セール、キャンペーン、深夜のバッチなど) とその立ち上がりの速さを書き出し、Lambda のスケーリング速度、アカウントの同時実行数、API Gateway のクォータと Service Quotas で比較します。2) 段階的な増加だけでなく急激な立ち上がりでも負荷テストを行い、Throttles、ConcurrentExecutions、DynamoDB のスロットリングされたリクエスト、下流のエラーを観察します。3) 既知のイベントの数週間前にクォータの引き上げを申請し、DynamoDB はオンデマンドまたは事前にウォームアップした容量を使い、レイテンシーが重要な関数には Application Auto Scaling のスケジュールで Provisioned Concurrency を設定します。4) すぐに応答が不要な処理は SQS や EventBridge の背後に移してバーストを吸収し、ClaimedAccountConcurrency がクォータに近づいたらアラームを出します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
          },
        },
      ],
    },
  ],
};
