// Operational excellence: OPS1 (health) and OPS2 (application lifecycle).
// Question titles/descriptions and choice titles may only use ASCII punctuation (WA Tool import rule).
import { l, type PillarSource } from './source-types.js';

const LENS = 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens';

export const OPS_PILLAR: PillarSource = {
  id: 'operationalExcellence',
  name: l('Operational Excellence', '運用上の優秀性'),
  questions: [
    {
      id: 'OPS1',
      title: l("How do you evaluate your Serverless application's health?", 'サーバーレスアプリケーションの状態をどのように評価しますか?'),
      description: l(
        'A serverless application is a set of managed services wired together, so its health is the health of every function, API, queue, stream and workflow in it. ' +
          'This question asks how you find out that something is wrong before your customers tell you: which metrics you alarm on, whether a request can be followed across services, ' +
          'whether logs can be queried by field, and whether you measure what the application does for the business.',
        'サーバーレスアプリケーションはマネージドサービスの組み合わせなので, その状態は関数, API, キュー, ストリーム, ワークフローそれぞれの状態の総和です. ' +
          'この質問では, 顧客に指摘される前に異常に気づけるかを確認します. どのメトリクスにアラームを設定しているか, リクエストをサービスをまたいで追跡できるか, ' +
          'ログをフィールドで検索できるか, アプリケーションがビジネスにもたらす成果を測っているかを話し合ってください.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: metrics and alerts', 'Serverless Lens: メトリクスとアラート'),
        url: `${LENS}/opex-metrics-and-alerts.html`,
      },
      essential: {
        choices: ['ops1_managed_metrics'],
        why: l(
          'Alarms on the metrics every managed service already publishes (Lambda Errors and Throttles, API Gateway 5XXError, SQS queue age, Step Functions ExecutionsFailed) are the minimum that tells a team its application is broken. Without them failures are found by customers. Tracing, structured logs and business metrics speed up diagnosis but do not replace the alarm.',
          'マネージドサービスが標準で発行するメトリクス (Lambda の Errors と Throttles、API Gateway の 5XXError、SQS のメッセージ滞留時間、Step Functions の ExecutionsFailed など) へのアラームは、アプリケーションが壊れていることをチームが知るための最低限の仕組みです。これがなければ障害は顧客が見つけることになります。トレースや構造化ログ、ビジネスメトリクスは原因調査を速めますが、アラームの代わりにはなりません。',
        ),
      },
      choices: [
        {
          id: 'ops1_managed_metrics',
          title: l(
            'Understand, analyze, and alert on metrics provided out of the box',
            '面倒な設定なしで与えられるメトリクスを理解し, 分析し, アラートを出す',
          ),
          description: l(
            'Every managed service publishes CloudWatch metrics without any code: Lambda Errors, Throttles, Duration and ConcurrentExecutions; API Gateway 4XXError, 5XXError and Latency; SQS ApproximateAgeOfOldestMessage; Kinesis and DynamoDB stream IteratorAge; Step Functions ExecutionsFailed. The team knows which of these matter for each component, has a dashboard of them and is paged by alarms when they leave their normal range.',
            'マネージドサービスはコードを書かなくても CloudWatch メトリクスを発行します。Lambda の Errors・Throttles・Duration・ConcurrentExecutions、API Gateway の 4XXError・5XXError・Latency、SQS の ApproximateAgeOfOldestMessage、Kinesis や DynamoDB ストリームの IteratorAge、Step Functions の ExecutionsFailed などです。チームがコンポーネントごとに重要なメトリクスを把握し、ダッシュボードで確認でき、通常の範囲を外れたらアラームで通知される状態を指します。',
          ),
          helpfulResource: {
            text: l('Working with Lambda function metrics', 'Lambda 関数のメトリクスの使用'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics.html',
          },
          improvementPlan: {
            text: l(
              '1) For every function create CloudWatch alarms on Errors (or an error-rate metric math expression) and Throttles, and on Duration p99 near the timeout. 2) For APIs alarm on 5XXError and p99 Latency; for SQS on ApproximateAgeOfOldestMessage and dead-letter queue depth; for streams on IteratorAge; for Step Functions on ExecutionsFailed and ExecutionsTimedOut. 3) Define the alarms in the same SAM/CloudFormation/CDK template as the resources so new functions never ship without them, and route them to an SNS topic the on-call team receives. 4) Build a CloudWatch dashboard per service (the automatic Lambda and API Gateway dashboards are a starting point), enable CloudWatch Lambda Insights where you need memory and CPU figures, and review the dashboard in your weekly operations meeting.',
              '1) すべての関数に Errors (またはメトリクス数式によるエラー率) と Throttles の CloudWatch アラームを作成し、Duration の p99 がタイムアウトに近づいたときのアラームも設定します。2) API には 5XXError と Latency の p99、SQS には ApproximateAgeOfOldestMessage とデッドレターキューのメッセージ数、ストリームには IteratorAge、Step Functions には ExecutionsFailed と ExecutionsTimedOut のアラームを設定します。3) アラームはリソースと同じ SAM/CloudFormation/CDK テンプレートに定義し、アラームのない関数がデプロイされないようにします。通知先はオンコール担当が受け取る SNS トピックにします。4) サービスごとに CloudWatch ダッシュボードを作り (Lambda と API Gateway の自動ダッシュボードが出発点になります)、メモリや CPU の値が必要な関数では CloudWatch Lambda Insights を有効にして、週次の運用ミーティングでダッシュボードを確認します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics.html',
          },
        },
        {
          id: 'ops1_tracing',
          title: l(
            'Use distributed tracing and code is instrumented with additional context',
            '分散トレースを使用し, コードにはコンテキストが追加されている',
          ),
          description: l(
            'A request can be followed end to end, from the API through functions, queues and workflows to the database, with the time spent in each hop. Code adds annotations such as the order ID or customer tier and records calls to downstream services as subsegments, so a slow or failed transaction can be found by its business key and its bottleneck seen on a service map.',
            'API から関数、キュー、ワークフロー、データベースまで、リクエストを端から端まで追跡でき、各区間の所要時間が分かる状態です。コードは注文 ID や顧客区分などのアノテーションを追加し、下流サービスへの呼び出しをサブセグメントとして記録するため、遅いトランザクションや失敗したトランザクションをビジネス上のキーで検索し、サービスマップでボトルネックを確認できます。',
          ),
          helpfulResource: {
            text: l('Visualize Lambda function invocations using AWS X-Ray', 'AWS X-Ray を使用した Lambda 関数の呼び出しの可視化'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
          },
          improvementPlan: {
            text: l(
              '1) Turn on active tracing: Tracing: Active on every AWS::Serverless::Function (or TracingConfig Mode Active), TracingEnabled on API Gateway REST stages, and tracing on Step Functions state machines. 2) Instrument the code with the Tracer of Powertools for AWS Lambda (or the AWS Distro for OpenTelemetry Lambda layer) so AWS SDK and HTTP calls appear as subsegments. 3) Add annotations for the keys you search by (order ID, tenant, payment status) and metadata for payloads you need while debugging. 4) Set X-Ray sampling rules that keep enough traces at peak volume, and use the service map and trace analytics in incident reviews.',
              '1) アクティブトレースを有効にします。すべての AWS::Serverless::Function に Tracing: Active (または TracingConfig の Mode: Active)、API Gateway REST API のステージに TracingEnabled、Step Functions のステートマシンにトレースを設定します。2) Powertools for AWS Lambda の Tracer (または AWS Distro for OpenTelemetry の Lambda レイヤー) でコードを計装し、AWS SDK や HTTP の呼び出しをサブセグメントとして記録します。3) 検索に使うキー (注文 ID、テナント、決済ステータスなど) はアノテーションに、調査で必要なペイロードはメタデータに追加します。4) ピーク時にも十分なトレースが残るよう X-Ray のサンプリングルールを設定し、障害の振り返りではサービスマップとトレース分析を活用します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
          },
        },
        {
          id: 'ops1_structured_logging',
          title: l('Use structured and centralized logging', '構造化および一元化されたログ記録'),
          description: l(
            'Functions write logs as JSON with consistent fields (level, service, function name, request ID, correlation ID, cold start) into CloudWatch Logs or a central log account, so the team can filter, aggregate and join log lines across services with CloudWatch Logs Insights instead of scrolling through free text. Log level is configurable without a code change.',
            '関数はログを JSON 形式で、一貫したフィールド (ログレベル、サービス名、関数名、リクエスト ID、相関 ID、コールドスタートの有無など) とともに CloudWatch Logs または集約用のログアカウントに出力します。これにより、自由形式のテキストを目で追うのではなく、CloudWatch Logs Insights でサービスをまたいでログを絞り込み、集計し、突き合わせることができます。ログレベルはコードを変更せずに切り替えられます。',
          ),
          helpfulResource: {
            text: l('Configuring advanced logging controls for Lambda functions', 'Lambda 関数の高度なログ記録コントロールの設定'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html',
          },
          improvementPlan: {
            text: l(
              '1) Set LoggingConfig LogFormat: JSON on your functions and use the Logger of Powertools for AWS Lambda to add the Lambda context, a service name and a correlation ID taken from the incoming event (API Gateway request ID, SQS message attribute). 2) Control verbosity with ApplicationLogLevel/SystemLogLevel or POWERTOOLS_LOG_LEVEL per stage instead of print statements, and sample debug logs in production. 3) Never log secrets or personal data; mask them in the logger. 4) Save the CloudWatch Logs Insights queries your team needs during incidents (errors by function, cold starts, slowest requests) and, with several accounts, centralize logs with subscription filters or cross-account observability; to ship logs to a third-party tool, use a Lambda extension rather than code in the handler.',
              '1) 関数の LoggingConfig に LogFormat: JSON を設定し、Powertools for AWS Lambda の Logger で Lambda のコンテキスト、サービス名、受信イベントから取り出した相関 ID (API Gateway のリクエスト ID や SQS のメッセージ属性) を出力します。2) print 文ではなく、ステージごとに ApplicationLogLevel/SystemLogLevel または POWERTOOLS_LOG_LEVEL でログの詳細度を制御し、本番ではデバッグログをサンプリングします。3) シークレットや個人情報はログに出さず、Logger でマスクします。4) 障害対応で使う CloudWatch Logs Insights のクエリ (関数別のエラー、コールドスタート、遅いリクエストなど) を保存し、複数アカウントがある場合はサブスクリプションフィルターやクロスアカウントオブザーバビリティでログを集約します。外部のツールにログを送る場合は、ハンドラー内のコードではなく Lambda 拡張機能を使います。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html',
          },
        },
        {
          id: 'ops1_application_metrics',
          title: l('Use application, business, and operations metrics', 'アプリケーション, ビジネス, オペレーションメトリクスの使用'),
          description: l(
            'Beyond what AWS measures for you, the application publishes its own metrics: business outcomes (orders placed, payments failed), customer experience (checkout latency as the user sees it) and operations (cold starts, retries, items sent to a dead-letter queue). They are emitted asynchronously, cheaply, and the team has agreed targets and alarms on the ones that matter.',
            'AWS が計測するメトリクスに加えて、アプリケーションが独自のメトリクスを発行している状態です。ビジネスの成果 (注文数、決済失敗数)、顧客体験 (利用者から見たチェックアウトの遅延)、運用 (コールドスタート、リトライ、デッドレターキューに送られた件数) などです。これらを非同期かつ低コストに発行し、重要なものについてはチームで目標値とアラームを合意しています。',
          ),
          helpfulResource: {
            text: l('Embedding metrics within logs (CloudWatch Embedded Metric Format)', 'ログ内へのメトリクスの埋め込み (CloudWatch Embedded Metric Format)'),
            url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format.html',
          },
          improvementPlan: {
            text: l(
              '1) List three to five key business and customer metrics per service with the product owner (for example OrdersPlaced, PaymentFailed, CheckoutLatency). 2) Emit them with the Metrics utility of Powertools for AWS Lambda or the CloudWatch Embedded Metric Format, which turns log lines into metrics without synchronous PutMetricData calls; enable the cold start metric. 3) Keep dimensions few and bounded (service, operation, not customer ID) to control cost. 4) Add them to the service dashboard next to the AWS metrics and create alarms, or CloudWatch anomaly detection, on drops in business volume.',
              '1) プロダクトオーナーと一緒に、サービスごとに主要なビジネス・顧客体験のメトリクスを 3〜5 個決めます (例: OrdersPlaced、PaymentFailed、CheckoutLatency)。2) Powertools for AWS Lambda の Metrics ユーティリティまたは CloudWatch Embedded Metric Format で発行します。ログ行がメトリクスに変換されるため、同期的な PutMetricData 呼び出しは不要です。コールドスタートのメトリクスも有効にします。3) コストを抑えるため、ディメンションは少数かつ値の種類が限られるもの (サービス名、操作名など。顧客 ID は使わない) にします。4) AWS のメトリクスと並べてサービスのダッシュボードに追加し、ビジネス量の落ち込みにアラームまたは CloudWatch の異常検出を設定します。',
            ),
            url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format.html',
          },
        },
      ],
    },
    {
      id: 'OPS2',
      title: l('How do you approach application lifecycle management?', 'アプリケーションのライフサイクル管理について教えてください'),
      description: l(
        'Serverless applications change often and are made of many small resources, so how they are defined, tested, released and configured decides how safely they can change. ' +
          'This question covers infrastructure as code with isolated stages, short lived environments for new features, gradual rollouts with automatic rollback, ' +
          'configuration kept apart from code, keeping function runtimes supported, and a CI/CD pipeline that tests every change as it moves through separate accounts.',
        'サーバーレスアプリケーションは頻繁に変更され, 多数の小さなリソースで構成されるため, 定義, テスト, リリース, 設定の方法が変更の安全性を左右します. ' +
          'この質問では, ステージを分離したコードとしてのインフラストラクチャ, 新機能のための一時的な環境, 自動ロールバックを伴う段階的なロールアウト, ' +
          'コードから分離した設定管理, サポートされている関数ランタイムの維持, 別々のアカウントを順に通して変更をテストする CI/CD パイプラインについて確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: deployment approaches', 'Serverless Lens: デプロイのアプローチ'),
        url: `${LENS}/deployment-approaches.html`,
      },
      essential: {
        choices: ['ops2_iac_stages', 'ops2_runtime_deprecation'],
        why: l(
          'Without infrastructure as code and separate stages, every change is a manual edit in production that cannot be reviewed, repeated or rolled back. A function on a deprecated runtime no longer receives security patches and, after the block dates, can no longer be updated, so a team that does not track runtime deprecation dates carries an unpatched, frozen function into production. Temporary environments, gradual rollouts and configuration management make change safer, but their absence is less immediately dangerous.',
          'コードとしてのインフラストラクチャと分離されたステージがなければ、変更はすべて本番環境での手作業となり、レビューも再現もロールバックもできません。また、廃止されたランタイムの関数にはセキュリティパッチが提供されず、ブロック日以降は更新もできなくなります。ランタイムの廃止日を追跡していないチームは、パッチの当たらない凍結された関数を本番で抱えることになります。一時的な環境、段階的なロールアウト、構成管理は変更をより安全にしますが、欠けていても直ちに危険というわけではありません。',
        ),
      },
      choices: [
        {
          id: 'ops2_iac_stages',
          title: l(
            'Use infrastructure as code and stages isolated in separate environments',
            '別々の環境に分離されたコードおよびステージとしてインフラストラクチャを使用する',
          ),
          description: l(
            'Every function, API, queue, table, permission and alarm is defined in a template (AWS SAM, AWS CloudFormation, AWS CDK, Terraform or the Serverless Framework) kept in version control and deployed by a pipeline. Development, staging and production are separate stacks, ideally in separate AWS accounts, built from the same template with per-stage parameters, so what was tested is what is released.',
            'すべての関数、API、キュー、テーブル、権限、アラームをテンプレート (AWS SAM、AWS CloudFormation、AWS CDK、Terraform、Serverless Framework など) で定義し、バージョン管理してパイプラインからデプロイしている状態です。開発、ステージング、本番は別々のスタック (理想的には別々の AWS アカウント) で、同じテンプレートからステージごとのパラメータで作成するため、テストしたものがそのままリリースされます。',
          ),
          helpfulResource: {
            text: l('What is the AWS Serverless Application Model (AWS SAM)?', 'AWS Serverless Application Model (AWS SAM) とは'),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/what-is-sam.html',
          },
          improvementPlan: {
            text: l(
              '1) Import or rewrite the resources created in the console into one template per service (AWS SAM or AWS CDK are the shortest path for Lambda, API Gateway and Step Functions). 2) Parameterize what differs per stage (names, memory, log retention, alarm thresholds) instead of copying templates, and keep secrets out of parameters. 3) Deploy dev, staging and production as separate stacks, preferably in separate AWS accounts under AWS Organizations, from a CI/CD pipeline (AWS CodePipeline, GitHub Actions, GitLab CI) that runs tests and cfn-lint or a policy check such as slens scan before deploying. 4) Remove console write access in production so the template stays the source of truth, and detect drift with CloudFormation drift detection.',
              '1) コンソールで作成したリソースを、サービスごとに 1 つのテンプレートへインポートまたは書き直します (Lambda、API Gateway、Step Functions には AWS SAM か AWS CDK が近道です)。2) テンプレートをコピーせず、ステージごとに異なる値 (名前、メモリ、ログ保持期間、アラームのしきい値など) をパラメータ化します。シークレットはパラメータに含めません。3) 開発・ステージング・本番を別々のスタックとして、できれば AWS Organizations 配下の別アカウントに、テストと cfn-lint や slens scan などのポリシーチェックを実行する CI/CD パイプライン (AWS CodePipeline、GitHub Actions、GitLab CI など) からデプロイします。4) 本番環境ではコンソールからの書き込み権限を外してテンプレートを唯一の信頼できる情報源とし、CloudFormation のドリフト検出で差分を検知します。',
            ),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/what-is-sam.html',
          },
        },
        {
          id: 'ops2_temporary_environments',
          title: l('Prototype new features using temporary environments', '一時的な環境を使用し, 新機能の原型を作る'),
          description: l(
            'Because serverless resources cost nothing while idle, a developer or a pull request can get its own complete copy of the stack in the cloud, try a feature against real managed services, and delete the stack when done. Prototyping does not touch shared environments, and the cost of a forgotten stack is bounded by automatic clean-up.',
            'サーバーレスのリソースはアイドル時に費用がかからないため、開発者やプルリクエストごとにスタックの完全なコピーをクラウド上に用意し、実際のマネージドサービスに対して機能を試し、終わったらスタックを削除できます。プロトタイピングが共有環境に影響せず、消し忘れたスタックのコストも自動削除によって抑えられている状態です。',
          ),
          helpfulResource: {
            text: l('Using sam sync to sync to the AWS Cloud', 'sam sync による AWS クラウドへの同期'),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-sync.html',
          },
          improvementPlan: {
            text: l(
              '1) Make the stack name a parameter so the same template can be deployed many times side by side (for example app-pr-123), and avoid hard-coded physical names. 2) Let developers iterate with sam sync --watch or cdk watch against their own stack in a sandbox account. 3) Have the pipeline create an ephemeral stack per pull request, run integration tests against it and delete it when the pull request is merged or closed. 4) Tag ephemeral stacks with owner and expiry and delete expired ones on a schedule (EventBridge Scheduler and a small clean-up function); set an AWS Budgets alert on the sandbox account.',
              '1) スタック名をパラメータにして同じテンプレートを並べて何度でもデプロイできるようにし (例: app-pr-123)、物理名のハードコードを避けます。2) 開発者はサンドボックスアカウントの自分用スタックに対して sam sync --watch や cdk watch で素早く試行錯誤します。3) パイプラインでプルリクエストごとに一時スタックを作成して結合テストを実行し、マージまたはクローズ時に削除します。4) 一時スタックには所有者と有効期限のタグを付け、期限切れのものを定期的に削除します (EventBridge Scheduler と小さな削除用関数)。サンドボックスアカウントには AWS Budgets のアラートを設定します。',
            ),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-sync.html',
          },
        },
        {
          id: 'ops2_rollout_deployments',
          title: l('Use a rollout deployment mechanism', 'ロールアウトデプロイメカニズムを使用する'),
          description: l(
            'New versions reach production gradually: traffic shifts to a new Lambda version through an alias in canary or linear steps, or to an API Gateway canary stage, while alarms watch errors and latency. If an alarm fires, traffic moves back automatically, so a bad release affects a small share of requests for minutes instead of all of them.',
            '新しいバージョンを段階的に本番へ展開している状態です。エイリアスを通じて新しい Lambda バージョンへカナリアまたはリニアにトラフィックを移す、あるいは API Gateway のカナリアステージを使い、その間アラームでエラーとレイテンシーを監視します。アラームが発報すれば自動的に元へ戻るため、不具合のあるリリースの影響は全リクエストではなく、一部のリクエストの数分間にとどまります。',
          ),
          helpfulResource: {
            text: l('Deploying serverless applications gradually with AWS SAM', 'AWS SAM によるサーバーレスアプリケーションの段階的なデプロイ'),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html',
          },
          improvementPlan: {
            text: l(
              '1) In AWS SAM add AutoPublishAlias (for example live) to each function and a DeploymentPreference with Type Canary10Percent5Minutes or Linear10PercentEvery1Minute; AWS CodeDeploy then shifts traffic between versions. 2) List the CloudWatch alarms (Errors, Throttles, p99 Duration of the new version, API 5XXError) under DeploymentPreference Alarms so CodeDeploy rolls back automatically, and add PreTraffic/PostTraffic hook functions for smoke tests. 3) Point event sources and API integrations at the alias, not $LATEST. 4) For REST APIs use a stage CanarySetting, and for configuration changes use AWS AppConfig deployment strategies, so every kind of change is gradual.',
              '1) AWS SAM で各関数に AutoPublishAlias (例: live) と、Type が Canary10Percent5Minutes や Linear10PercentEvery1Minute の DeploymentPreference を追加します。AWS CodeDeploy がバージョン間でトラフィックを移行します。2) DeploymentPreference の Alarms に CloudWatch アラーム (新バージョンの Errors、Throttles、Duration の p99、API の 5XXError など) を指定して CodeDeploy が自動でロールバックするようにし、PreTraffic/PostTraffic フック関数でスモークテストを実行します。3) イベントソースや API の統合は $LATEST ではなくエイリアスを指すようにします。4) REST API ではステージの CanarySetting を、設定変更には AWS AppConfig のデプロイ戦略を使い、あらゆる変更を段階的にします。',
            ),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html',
          },
        },
        {
          id: 'ops2_configuration_management',
          title: l('Use configuration management', '構成管理を使用する'),
          description: l(
            'Settings that change independently of code (feature flags, thresholds, endpoints, per-tenant options) live in a configuration service rather than in code or redeployed environment variables. They are validated before they are applied, rolled out gradually with alarms, cached by the functions and audited, so a configuration change is as safe as a code change.',
            'コードとは独立して変わる設定 (フィーチャーフラグ、しきい値、接続先、テナントごとのオプションなど) を、コードや再デプロイが必要な環境変数ではなく構成管理サービスで管理している状態です。設定は適用前に検証され、アラームを見ながら段階的に展開され、関数側でキャッシュされ、変更履歴が監査できるため、設定変更がコード変更と同じくらい安全になります。',
          ),
          helpfulResource: {
            text: l('Using AWS AppConfig Agent with AWS Lambda', 'AWS Lambda での AWS AppConfig Agent の使用'),
            url: 'https://docs.aws.amazon.com/appconfig/latest/userguide/appconfig-integration-lambda-extensions.html',
          },
          improvementPlan: {
            text: l(
              '1) List values in code and environment variables that business or operations change without a release, and move them to AWS AppConfig (feature flags or freeform configuration profiles); keep static, per-stage values in SSM Parameter Store. 2) Attach a JSON Schema or Lambda validator to each profile and choose a deployment strategy with bake time and CloudWatch alarms for automatic rollback. 3) Read configuration through the AWS AppConfig Agent Lambda extension or the Parameters utility of Powertools for AWS Lambda, which cache values and avoid an API call per invocation. 4) Keep separate pipelines for configuration and for code, and restrict who may start a configuration deployment in production.',
              '1) リリースを伴わずに業務や運用の都合で変わる値をコードと環境変数から洗い出し、AWS AppConfig (フィーチャーフラグまたは自由形式の設定プロファイル) に移します。ステージごとに固定の値は SSM Parameter Store に置きます。2) 各プロファイルに JSON スキーマまたは Lambda のバリデーターを設定し、ベイク時間と自動ロールバック用の CloudWatch アラームを持つデプロイ戦略を選びます。3) 設定は AWS AppConfig Agent の Lambda 拡張機能、または Powertools for AWS Lambda の Parameters ユーティリティで読み込みます。値がキャッシュされ、呼び出しごとの API コールを避けられます。4) 設定用とコード用のパイプラインを分け、本番で設定のデプロイを開始できる人を限定します。',
            ),
            url: 'https://docs.aws.amazon.com/appconfig/latest/userguide/appconfig-integration-lambda-extensions.html',
          },
        },
        {
          id: 'ops2_runtime_deprecation',
          title: l('Review the function runtime deprecation policy', '関数ランタイムの廃止ポリシーを確認する'),
          description: l(
            'Lambda runtimes follow their language\u2019s support lifecycle. After a runtime is deprecated it no longer receives security patches, and later Lambda blocks creating and then updating functions that use it. The team knows which runtime every function uses, tracks the published deprecation dates and upgrades before them as planned work, not as an emergency.',
            'Lambda のランタイムは各言語のサポートライフサイクルに従います。廃止されたランタイムにはセキュリティパッチが提供されなくなり、その後、そのランタイムを使う関数の作成、さらに更新がブロックされます。チームはすべての関数のランタイムを把握し、公開されている廃止日を追跡して、緊急対応ではなく計画的な作業として期限前にアップグレードしている状態です。',
          ),
          helpfulResource: {
            text: l('Lambda runtimes (supported runtimes and deprecation dates)', 'Lambda ランタイム (サポート対象ランタイムと廃止日)'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
          },
          improvementPlan: {
            text: l(
              '1) Inventory runtimes across accounts (aws lambda list-functions, AWS Config, or slens scan with the lambda-runtime-end-of-life rule) and compare them with the deprecation, block-create and block-update dates on the Lambda runtimes page. 2) Watch the AWS Health Dashboard notifications Lambda sends before a deprecation and route them to the owning team with EventBridge. 3) Put runtime upgrades on the backlog at least one quarter before the deprecation date, upgrade dependencies and the runtime in the template together, and release through the normal gradual deployment. 4) Fail the pipeline when a template uses a deprecated runtime, and prefer managed runtimes or container images with a regularly rebuilt base image.',
              '1) 全アカウントのランタイムを棚卸しし (aws lambda list-functions、AWS Config、または lambda-runtime-end-of-life ルールを含む slens scan)、Lambda ランタイムのページにある廃止日、作成ブロック日、更新ブロック日と照合します。2) 廃止前に Lambda が送る AWS Health Dashboard の通知を監視し、EventBridge で担当チームに届けます。3) 廃止日の少なくとも 1 四半期前にランタイム更新をバックログに積み、依存ライブラリとテンプレートのランタイムを一緒に更新して、通常の段階的デプロイでリリースします。4) 廃止済みランタイムを使うテンプレートではパイプラインを失敗させ、マネージドランタイム、または定期的にベースイメージを再ビルドするコンテナイメージを使います。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
          },
        },
        {
          // New in the 2022 lens (the W-A Tool's ops_ops_q2_a4); lens 1.0.0 lacked it.
          id: 'ops2_cicd',
          title: l('Use CI/CD including automated testing across separate accounts', '別々のアカウントにまたがる自動テストを含む CI/CD を使用する'),
          description: l(
            'No person deploys by hand: a change merged to the main branch is built once, unit tested, deployed to a test account, integration tested against real managed services there, and only then promoted, with the same artifact, to the staging and production accounts. Each stage lives in its own AWS account, so a test cannot touch production data and a mistake in one stage stays in it.',
            '人が手でデプロイすることはありません。メインブランチに取り込まれた変更は一度だけビルドされ、単体テストを経てテスト用アカウントにデプロイされ、そこで実際のマネージドサービスを相手に結合テストを受けてから、同じ成果物のままステージングと本番のアカウントへ昇格します。ステージごとに AWS アカウントが分かれているため、テストが本番のデータに触れることはなく、あるステージでの誤りはそのステージの中にとどまります。',
          ),
          helpfulResource: {
            text: l('Serverless Lens: deployment approaches', 'Serverless Lens: デプロイのアプローチ'),
            url: `${LENS}/deployment-approaches.html`,
          },
          improvementPlan: {
            text: l(
              '1) Put the pipeline itself in code beside the application: an AWS CodePipeline with AWS CodeBuild steps (sam pipeline init writes one), CDK Pipelines, or a GitHub Actions or GitLab CI workflow that assumes a role in each account through OIDC instead of storing access keys. 2) Create one account per stage (test, staging, production) under AWS Organizations, with a deployment role in each that only the pipeline may assume. 3) Build and package once (sam build and sam package, or cdk synth), then deploy that same artifact to every account in turn. 4) Gate each promotion on tests: unit tests and slens scan before the first deployment, integration and end-to-end tests against the test account, a manual approval or alarm-watched bake time before production. 5) Fail the pipeline on a red test and make it the only way to change production.',
              '1) パイプライン自体をアプリケーションの隣にコードとして置きます。AWS CodeBuild のステップを持つ AWS CodePipeline（sam pipeline init で作成できます）、CDK Pipelines、または GitHub Actions や GitLab CI のワークフローを使い、アクセスキーを保存せず OIDC で各アカウントのロールを引き受けます。2) AWS Organizations の下にステージごと（テスト、ステージング、本番）のアカウントを作り、それぞれにパイプラインだけが引き受けられるデプロイ用ロールを置きます。3) ビルドとパッケージは一度だけ行い（sam build と sam package、または cdk synth）、同じ成果物を各アカウントへ順にデプロイします。4) 昇格のたびにテストで関門を設けます。最初のデプロイの前に単体テストと slens scan、テスト用アカウントでは結合テストとエンドツーエンドテスト、本番の前には手動承認かアラームを監視する待機時間を置きます。5) テストが失敗したらパイプラインを止め、本番を変更する手段をパイプラインだけにします。',
            ),
            url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-generating-example-ci-cd.html',
          },
        },
      ],
    },
  ],
};
