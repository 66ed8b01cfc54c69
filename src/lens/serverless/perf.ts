// Performance efficiency: PERF1.
// Question titles/descriptions and choice titles may only use ASCII punctuation (WA Tool import rule).
import { l, type PillarSource } from './source-types.js';

const LENS = 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens';

export const PERF_PILLAR: PillarSource = {
  id: 'performance',
  name: l('Performance Efficiency', 'パフォーマンス効率'),
  questions: [
    {
      id: 'PERF1',
      title: l("How do you optimize your Serverless application's performance?", 'どのようにサーバーレスアプリケーションのパフォーマンスを最適化しますか?'),
      description: l(
        'In serverless the levers of performance are configuration and design rather than servers: memory size, which also sets CPU, start up work, how invocations are batched and parallelized, ' +
          'where results are cached, and whether a function is needed at all. ' +
          'This question asks whether these choices are made from measurements, and revisited as traffic and code change.',
        'サーバーレスでは, パフォーマンスを左右するのはサーバーではなく設定と設計です. CPU も決めるメモリサイズ, 起動時の処理, 呼び出しのバッチ化と並列化, ' +
          '結果をどこでキャッシュするか, そもそも関数が必要かどうかです. ' +
          'この質問では, これらの選択を計測に基づいて行い, トラフィックやコードの変化に合わせて見直しているかを確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: performance selection', 'Serverless Lens: パフォーマンスの選択'),
        url: `${LENS}/selection.html`,
      },
      essential: {
        choices: ['perf1_capacity'],
        why: l(
          'Memory size sets a function\u2019s CPU and network share, so a function left at a default or guessed size is either slow (too little) or paying for capacity it does not use (too much), on every invocation. Measuring and choosing capacity units (Lambda memory, DynamoDB capacity mode, Step Functions workflow type) is the one optimization that applies to every workload; start-up tuning, caching and direct integrations matter for some workloads and not others.',
          'メモリサイズは関数の CPU とネットワークの割り当ても決めるため、デフォルトや当て推量のサイズのままの関数は、すべての呼び出しで遅い (少なすぎる) か、使わない容量に支払っている (多すぎる) かのどちらかです。キャパシティ単位 (Lambda のメモリ、DynamoDB のキャパシティモード、Step Functions のワークフロータイプ) を測定して選ぶことは、すべてのワークロードに当てはまる唯一の最適化です。起動時間の調整、キャッシュ、直接統合が重要かどうかはワークロードによって異なります。',
        ),
      },
      choices: [
        {
          id: 'perf1_capacity',
          title: l('Measure, evaluate, and select optimum capacity units', '最適なキャパシティ単位を測定, 評価, 選択する'),
          description: l(
            'Capacity settings are chosen from measurements, not defaults: each function\u2019s memory size (which also scales CPU) is tuned against duration and cost, DynamoDB uses on-demand or provisioned capacity according to its traffic pattern, Step Functions uses Standard or Express according to duration and volume, and Kinesis shards match throughput. The measurements are repeated when code or traffic changes.',
            'キャパシティの設定をデフォルトではなく計測に基づいて選んでいる状態です。各関数のメモリサイズ (CPU も比例して増える) は実行時間とコストを見て調整し、DynamoDB はトラフィックのパターンに応じてオンデマンドかプロビジョニングを、Step Functions は実行時間と量に応じて Standard か Express を選び、Kinesis のシャード数はスループットに合わせます。コードやトラフィックが変わったら計測をやり直します。',
          ),
          helpfulResource: {
            text: l('Configure Lambda function memory', 'Lambda 関数のメモリの設定'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
          },
          improvementPlan: {
            text: l(
              '1) Run AWS Lambda Power Tuning (a Step Functions state machine) against each important function with a realistic payload and memory values such as 128, 256, 512, 1024, 1769 and 3008 MB, and pick the point that meets your latency target at the lowest cost. 2) Check AWS Compute Optimizer recommendations for Lambda memory regularly, and compare arm64 with x86_64 while tuning. 3) Choose DynamoDB on-demand for spiky or unknown traffic and provisioned with auto scaling for steady traffic; choose Step Functions Express for high-volume short workflows. 4) Record the chosen values and the measurement date in the template, and rerun tuning in the pipeline or quarterly.',
              '1) 重要な関数ごとに、現実的なペイロードと 128、256、512、1024、1769、3008 MB などのメモリ値で AWS Lambda Power Tuning (Step Functions のステートマシン) を実行し、レイテンシーの目標を最小のコストで満たす値を選びます。2) Lambda のメモリに関する AWS Compute Optimizer の推奨事項を定期的に確認し、チューニング時には arm64 と x86_64 も比較します。3) DynamoDB は、急増や予測できないトラフィックにはオンデマンドを、安定したトラフィックには Auto Scaling 付きのプロビジョニングを選びます。大量で短いワークフローには Step Functions の Express を選びます。4) 選んだ値と計測日をテンプレートに記録し、パイプラインまたは四半期ごとにチューニングをやり直します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/operatorguide/profile-functions.html',
          },
        },
        {
          id: 'perf1_startup',
          title: l('Measure and optimize function startup time', '関数の起動時間を測定して最適化する'),
          description: l(
            'Cold starts are measured (Init Duration in the REPORT log line, X-Ray initialization subsegments) and kept small: deployment packages are bundled and trimmed, only needed SDK clients are imported, and expensive initialization happens once per execution environment, not per request. Where latency targets require it, SnapStart or provisioned concurrency removes the remaining cold start.',
            'コールドスタートを計測し (REPORT ログ行の Init Duration、X-Ray の初期化サブセグメント)、小さく保っている状態です。デプロイパッケージはバンドルして不要なものを除き、必要な SDK クライアントだけをインポートし、コストの高い初期化はリクエストごとではなく実行環境ごとに 1 回だけ行います。レイテンシーの目標上必要な場合は、SnapStart や Provisioned Concurrency で残りのコールドスタートをなくします。',
          ),
          helpfulResource: {
            text: l('Improving startup performance with Lambda SnapStart', 'Lambda SnapStart による起動パフォーマンスの向上'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
          },
          improvementPlan: {
            text: l(
              '1) Measure cold start frequency and Init Duration per function with a CloudWatch Logs Insights query on the REPORT lines, or the cold start metric of Powertools for AWS Lambda. 2) Bundle and tree-shake code (esbuild in AWS SAM or CDK), import only the AWS SDK v3 clients you use, remove unused dependencies, and move heavy work such as loading large files out of the init phase unless every request needs it. 3) For Java, Python and .NET functions enable SnapStart on published versions; for strict latency targets configure provisioned concurrency on an alias, scheduled with Application Auto Scaling around peak hours. 4) Re-measure after each change and keep the numbers in the service dashboard.',
              '1) REPORT 行に対する CloudWatch Logs Insights のクエリ、または Powertools for AWS Lambda のコールドスタートメトリクスで、関数ごとのコールドスタートの頻度と Init Duration を計測します。2) コードをバンドルしてツリーシェイキングし (AWS SAM や CDK の esbuild)、AWS SDK v3 は使うクライアントだけをインポートし、不要な依存ライブラリを削除します。大きなファイルの読み込みなど重い処理は、すべてのリクエストで必要でない限り初期化フェーズから外します。3) Java、Python、.NET の関数では公開バージョンで SnapStart を有効にし、厳しいレイテンシー目標がある場合はエイリアスに Provisioned Concurrency を設定し、Application Auto Scaling のスケジュールでピーク時間帯に合わせます。4) 変更のたびに計測し直し、数値をサービスのダッシュボードに載せます。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
          },
        },
        {
          id: 'perf1_async_concurrency',
          title: l(
            'Take advantage of concurrency via async and stream-based function invocations',
            '非同期およびストリームベースの関数呼び出しによる同時実行性を活用する',
          ),
          description: l(
            'Work that the caller does not need to wait for is handed off asynchronously (an event, a queue message, an asynchronous invocation) and processed in parallel, so user-facing latency covers only what must be done now. Queue and stream consumers are tuned for throughput with batch size, batching window, parallelization factor and maximum concurrency, and fan-out uses SNS, EventBridge or Step Functions Map states instead of loops inside one function.',
            '呼び出し元が待つ必要のない処理を非同期に (イベント、キューのメッセージ、非同期呼び出しとして) 引き渡して並列に処理し、利用者が体感するレイテンシーを今すぐ必要な処理だけにしている状態です。キューやストリームの消費側はバッチサイズ、バッチウィンドウ、並列化係数、最大同時実行数でスループットを調整し、ファンアウトには 1 つの関数内のループではなく SNS、EventBridge、Step Functions の Map ステートを使います。',
          ),
          helpfulResource: {
            text: l('Invoking a Lambda function asynchronously', 'Lambda 関数の非同期呼び出し'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html',
          },
          improvementPlan: {
            text: l(
              '1) Review synchronous request paths and split them into what the caller needs in the response and what can happen afterwards (notifications, reports, enrichment); publish the latter as EventBridge events or SQS messages and return 202 with a reference. 2) Tune event source mappings: raise BatchSize and MaximumBatchingWindowInSeconds for throughput, set ParallelizationFactor (up to 10) on Kinesis and DynamoDB streams when IteratorAge grows, and use MaximumConcurrency on SQS to share capacity fairly. 3) Replace loops that process many items in one invocation with a Step Functions Map or Distributed Map state. 4) Watch IteratorAge, queue age and ConcurrentExecutions to confirm the gain.',
              '1) 同期的なリクエスト経路を見直し、呼び出し元が応答として必要なものと、後で行えるもの (通知、レポート、データの補強など) に分けます。後者は EventBridge のイベントや SQS のメッセージとして発行し、参照 ID とともに 202 を返します。2) イベントソースマッピングを調整します。スループットのために BatchSize と MaximumBatchingWindowInSeconds を増やし、IteratorAge が増えるときは Kinesis と DynamoDB ストリームに ParallelizationFactor (最大 10) を設定し、SQS では MaximumConcurrency で容量を公平に分け合います。3) 1 回の呼び出しで多数の項目を処理するループは、Step Functions の Map または分散 Map ステートに置き換えます。4) IteratorAge、キューの滞留時間、ConcurrentExecutions を見て効果を確認します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
          },
        },
        {
          id: 'perf1_caching',
          title: l('Optimize access patterns and apply caching where applicable', 'アクセスパターンを最適化し, 必要に応じてキャッシュを適用する'),
          description: l(
            'Data is modeled for the way it is read (DynamoDB keys and indexes designed around queries, no scans on hot paths), and results that do not need to be fresh on every request are cached at the closest sensible layer: CloudFront at the edge, the API Gateway stage cache, DynamoDB Accelerator (DAX) or ElastiCache for data, and in-memory variables in the function for configuration and reference data. Each cache has a defined lifetime and invalidation.',
            'データを読み取り方に合わせてモデル化し (クエリに合わせた DynamoDB のキーとインデックス設計、頻繁に通る経路でスキャンを使わない)、毎回最新である必要のない結果を、妥当な範囲で最も近い層でキャッシュしている状態です。エッジでは CloudFront、API では API Gateway のステージキャッシュ、データには DynamoDB Accelerator (DAX) や ElastiCache、設定や参照データには関数内のメモリ上の変数を使います。各キャッシュには有効期間と無効化の方法が定められています。',
          ),
          helpfulResource: {
            text: l('Cache settings for REST APIs in API Gateway', 'API Gateway の REST API のキャッシュ設定'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
          },
          improvementPlan: {
            text: l(
              '1) From API Gateway access logs and X-Ray, list the most frequent and slowest reads and whether their results can be a few seconds or minutes old. 2) Serve cacheable GET responses through CloudFront with a cache policy and Cache-Control headers, or enable the API Gateway stage cache (REST APIs) with a TTL per method and cache keys on the parameters that matter. 3) For read-heavy DynamoDB tables that tolerate eventual consistency add DAX; otherwise redesign keys or add a GSI so hot reads are Query or GetItem instead of Scan. 4) Cache configuration and reference data in module scope with a TTL (the Parameters utility of Powertools for AWS Lambda does this), and alarm on cache hit ratio and origin latency.',
              '1) API Gateway のアクセスログと X-Ray から、最も頻度の高い読み取りと最も遅い読み取りを洗い出し、その結果が数秒から数分古くてもよいかを確認します。2) キャッシュ可能な GET のレスポンスは、キャッシュポリシーと Cache-Control ヘッダーを設定した CloudFront 経由で配信するか、API Gateway のステージキャッシュ (REST API) をメソッドごとの TTL と意味のあるパラメータをキャッシュキーにして有効にします。3) 結果整合性を許容できる読み取り中心の DynamoDB テーブルには DAX を追加し、そうでなければキーを設計し直すか GSI を追加して、頻繁な読み取りを Scan ではなく Query や GetItem にします。4) 設定や参照データはモジュールスコープで TTL 付きでキャッシュし (Powertools for AWS Lambda の Parameters ユーティリティが対応しています)、キャッシュヒット率とオリジンのレイテンシーにアラームを設定します。',
            ),
            url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html',
          },
        },
        {
          id: 'perf1_direct_integrations',
          title: l(
            'Integrate with managed services directly over functions when possible',
            '可能な場合は関数を介してマネージドサービスと直接統合する',
          ),
          description: l(
            'A function that only moves data from one service to another (API to queue, API to table, event to workflow) adds latency, cold starts, cost and code to maintain. Where no business logic is needed, services are connected directly: API Gateway service integrations to SQS, DynamoDB, EventBridge, Kinesis or Step Functions, EventBridge Pipes between sources and targets, and Step Functions SDK integrations instead of wrapper functions.',
            'あるサービスから別のサービスへデータを移すだけの関数 (API からキュー、API からテーブル、イベントからワークフローなど) は、レイテンシー、コールドスタート、コスト、保守すべきコードを増やします。ビジネスロジックが不要な箇所では、サービス同士を直接つないでいる状態です。API Gateway から SQS、DynamoDB、EventBridge、Kinesis、Step Functions へのサービス統合、ソースとターゲットをつなぐ EventBridge Pipes、ラッパー関数の代わりの Step Functions の SDK 統合などです。',
          ),
          helpfulResource: {
            text: l('Create AWS service integrations for HTTP APIs in API Gateway', 'API Gateway の HTTP API の AWS サービス統合の作成'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services.html',
          },
          improvementPlan: {
            text: l(
              '1) List functions whose code only validates and forwards a payload to one AWS service, or only calls one SDK operation inside a workflow. 2) Replace API-to-service functions with API Gateway service integrations: HTTP API first-class integrations (SQS-SendMessage, EventBridge-PutEvents, StepFunctions-StartExecution, Kinesis-PutRecord) or REST API AWS integrations with mapping templates, keeping request validation in API Gateway. 3) In Step Functions call DynamoDB, SQS, SNS and other services through optimized or AWS SDK integrations instead of a Lambda task, and connect queues or streams to targets with EventBridge Pipes with filtering and enrichment. 4) Give each integration role least-privilege permissions and keep the same alarms you had on the function.',
              '1) ペイロードを検証して 1 つの AWS サービスに転送するだけの関数や、ワークフロー内で SDK の操作を 1 つ呼び出すだけの関数を洗い出します。2) API からサービスへ転送する関数は API Gateway のサービス統合に置き換えます。HTTP API のファーストクラス統合 (SQS-SendMessage、EventBridge-PutEvents、StepFunctions-StartExecution、Kinesis-PutRecord) や、マッピングテンプレートを使う REST API の AWS 統合を使い、リクエストの検証は API Gateway で行います。3) Step Functions では DynamoDB、SQS、SNS などを Lambda タスクではなく最適化された統合や AWS SDK 統合で呼び出し、キューやストリームとターゲットはフィルタリングと補強ができる EventBridge Pipes でつなぎます。4) 各統合のロールには最小権限を与え、関数に設定していたのと同じアラームを維持します。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services.html',
          },
        },
      ],
    },
  ],
};
