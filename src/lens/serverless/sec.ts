// Security: SEC1 (API access), SEC2 (security boundaries), SEC3 (application security).
// Question titles/descriptions and choice titles may only use ASCII punctuation (WA Tool import rule).
import { l, type PillarSource } from './source-types.js';

const LENS = 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens';

export const SEC_PILLAR: PillarSource = {
  id: 'security',
  name: l('Security', 'セキュリティ'),
  questions: [
    {
      id: 'SEC1',
      title: l('How do you control access to your Serverless API?', 'サーバーレス API へのアクセスをどのようにコントロールしますか?'),
      description: l(
        'APIs are the front door of most serverless applications and a frequent target, because they expose operations and data directly. ' +
          'This question asks who can reach each API and how: which endpoint type exposes it, how callers prove who they are and what they may do, ' +
          'and whether access is narrowed by the caller identity, for example by scopes, groups or tenant.',
        'API は多くのサーバーレスアプリケーションの玄関口であり, 操作とデータを直接公開するため攻撃の標的になりやすい部分です. ' +
          'この質問では, 各 API に誰がどのように到達できるかを確認します. どのエンドポイントタイプで公開しているか, 呼び出し元がどのように本人であることと許可された操作を証明するか, ' +
          'スコープ, グループ, テナントなど呼び出し元の ID に基づいてアクセスを絞り込んでいるかを話し合ってください.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: identity and access management', 'Serverless Lens: ID とアクセス管理'),
        url: `${LENS}/identity-and-access-management.html`,
      },
      essential: {
        choices: ['sec1_authn_authz'],
        why: l(
          'An API without authentication and authorization lets anyone on the network call its operations and read or change its data. Endpoint types and identity-based scoping reduce exposure further, but only once every request is already authenticated and authorized. API keys alone do not count: they identify a client for usage plans, they do not authorize it.',
          '認証と認可のない API は、ネットワーク上の誰でも操作を呼び出し、データを読み書きできてしまいます。エンドポイントタイプの選択や ID に基づくアクセス範囲の設定は公開範囲をさらに狭めますが、それはすべてのリクエストが認証、認可されていることが前提です。API キーだけでは要件を満たしません。API キーは使用量プランのためにクライアントを識別するもので、認可の仕組みではないからです。',
        ),
      },
      choices: [
        {
          id: 'sec1_endpoint_types',
          title: l(
            'Use appropriate endpoint type and mechanisms to secure access to your API',
            '適切なエンドポイントタイプとメカニズムを使用して, API へのアクセスを保護する',
          ),
          description: l(
            'Each API is exposed only as widely as its callers require: private endpoints reachable only through VPC interface endpoints for internal services, Regional endpoints (optionally behind your own CloudFront distribution) for public APIs, and edge-optimized endpoints for global clients; on-premises clients reach private APIs over AWS Direct Connect or VPN, resolving names with Route 53 Resolver. Public endpoints are protected by AWS WAF, TLS policies and, where clients hold certificates, mutual TLS; unused default endpoints are disabled.',
            '各 API を呼び出し元が必要とする範囲でだけ公開している状態です。内部サービス向けには VPC インターフェイスエンドポイント経由でのみ到達できるプライベートエンドポイント、公開 API にはリージョンエンドポイント (必要に応じて自前の CloudFront ディストリビューションの背後)、世界中のクライアント向けにはエッジ最適化エンドポイントを使います。オンプレミスのクライアントは AWS Direct Connect または VPN 経由でプライベート API に到達し、名前解決には Route 53 Resolver を使います。公開エンドポイントは AWS WAF、TLS ポリシー、クライアントが証明書を持つ場合は相互 TLS で保護し、使わないデフォルトエンドポイントは無効にしています。',
          ),
          helpfulResource: {
            text: l('API endpoint types for REST APIs in API Gateway', 'API Gateway の REST API のエンドポイントタイプ'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html',
          },
          improvementPlan: {
            text: l(
              '1) List every API with its intended callers; switch APIs used only inside your network to the PRIVATE endpoint type with an execute-api VPC interface endpoint and a resource policy limited to that endpoint (aws:SourceVpce). 2) For public APIs associate an AWS WAF web ACL with the AWS managed rule groups (core rule set, known bad inputs, IP reputation) and a rate-based rule. 3) Use a custom domain with a TLS 1.2+ security policy, set DisableExecuteApiEndpoint so clients cannot bypass it, and enable mutual TLS for machine-to-machine or IoT clients. 4) Review Lambda function URLs as well: use AuthType AWS_IAM unless the URL is meant to be public.',
              '1) すべての API と想定する呼び出し元を一覧にします。ネットワーク内部からのみ使う API は、execute-api の VPC インターフェイスエンドポイントと、そのエンドポイントに限定したリソースポリシー (aws:SourceVpce) を組み合わせた PRIVATE エンドポイントタイプに切り替えます。2) 公開 API には AWS マネージドルールグループ (コアルールセット、既知の不正な入力、IP レピュテーション) とレートベースルールを含む AWS WAF ウェブ ACL を関連付けます。3) TLS 1.2 以上のセキュリティポリシーを持つカスタムドメインを使い、DisableExecuteApiEndpoint でクライアントがそれを迂回できないようにし、マシン間通信や IoT のクライアントには相互 TLS を有効にします。4) Lambda 関数 URL も確認し、公開を意図したものでなければ AuthType を AWS_IAM にします。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html',
          },
        },
        {
          id: 'sec1_authn_authz',
          title: l('Use authentication and authorization mechanisms', '認証および承認のメカニズムを使用する'),
          description: l(
            'Every route requires the caller to be authenticated and authorized by a mechanism API Gateway enforces before your code runs: IAM authorization (SigV4) for AWS principals, Amazon Cognito user pools or a JWT authorizer for end users, a Lambda authorizer for an existing identity provider or custom tokens, and mutual TLS for device or partner certificates. No route is left with authorization NONE unless it is deliberately public.',
            'すべてのルートで、コードが実行される前に API Gateway が適用する仕組みによって、呼び出し元の認証と認可を必須にしている状態です。AWS のプリンシパルには IAM 認可 (SigV4)、エンドユーザーには Amazon Cognito ユーザープールまたは JWT オーソライザー、既存の ID プロバイダーや独自トークンには Lambda オーソライザー、デバイスやパートナーの証明書には相互 TLS を使います。意図的に公開するものを除き、認可が NONE のままのルートはありません。',
          ),
          helpfulResource: {
            text: l('Use API Gateway Lambda authorizers', 'API Gateway の Lambda オーソライザーの使用'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html',
          },
          improvementPlan: {
            text: l(
              '1) Find routes and methods with AuthorizationType NONE (API Gateway console, aws apigateway get-resources, or slens scan) and decide for each which mechanism fits the caller. 2) Set a default authorizer in the template (Auth DefaultAuthorizer in AWS SAM) so new routes are protected unless explicitly opened. 3) For users, create an Amazon Cognito user pool (or use your OIDC provider) with a Cognito or JWT authorizer; for services, use AWS_IAM and grant execute-api:Invoke to the calling role only; for custom tokens, write a Lambda authorizer with Powertools for AWS Lambda and cache its result with a short TTL. 4) Do not pass credentials in query strings, and treat API keys only as usage-plan identifiers.',
              '1) AuthorizationType が NONE のルートやメソッドを洗い出し (API Gateway コンソール、aws apigateway get-resources、slens scan など)、それぞれの呼び出し元に合う仕組みを決めます。2) テンプレートでデフォルトのオーソライザーを設定し (AWS SAM の Auth の DefaultAuthorizer)、明示的に公開しない限り新しいルートが保護されるようにします。3) ユーザー向けには Amazon Cognito ユーザープール (または既存の OIDC プロバイダー) と Cognito オーソライザーまたは JWT オーソライザーを、サービス間には AWS_IAM を使い、呼び出し元のロールにだけ execute-api:Invoke を許可します。独自トークンには Powertools for AWS Lambda を使って Lambda オーソライザーを書き、結果を短い TTL でキャッシュします。4) 認証情報をクエリ文字列で渡さず、API キーは使用量プランの識別子としてのみ扱います。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html',
          },
        },
        {
          id: 'sec1_scoped_access',
          title: l("Scope access based on identity's metadata", 'ID のメタデータに基づいてアクセスの範囲を設定する'),
          description: l(
            'Being authenticated does not grant access to everything. Authorization decisions use what is known about the caller (OAuth scopes, Cognito groups, custom claims such as tenant ID, IAM principal tags) so that each caller can reach only the operations and records meant for it, and the backend receives these attributes from the authorizer instead of trusting values sent by the client.',
            '認証されたからといって、すべてにアクセスできるわけではありません。呼び出し元について分かっている情報 (OAuth スコープ、Cognito グループ、テナント ID などのカスタムクレーム、IAM プリンシパルタグ) で認可を判断し、各呼び出し元が自分向けの操作とレコードにだけ到達できる状態です。バックエンドは、クライアントが送ってきた値を信用するのではなく、オーソライザーから渡された属性を使います。',
          ),
          helpfulResource: {
            text: l('Control access to REST APIs using Amazon Cognito user pools', 'Amazon Cognito ユーザープールを使用した REST API へのアクセス制御'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
          },
          improvementPlan: {
            text: l(
              '1) Define OAuth scopes per operation (for example orders.read, orders.write) in the Cognito resource server and require them with AuthorizationScopes on each method or route. 2) Return tenant ID, roles or groups from the Lambda authorizer context (or read the JWT claims) and use them in the function for record-level checks; never take the tenant from the request body. 3) For IAM callers, use attribute-based access control with principal and resource tags, and for fine-grained rules consider Amazon Verified Permissions. 4) Add tests that call each operation with a token of the wrong scope or tenant and expect 403.',
              '1) Cognito のリソースサーバーで操作ごとに OAuth スコープ (例: orders.read、orders.write) を定義し、各メソッドやルートの AuthorizationScopes で必須にします。2) Lambda オーソライザーのコンテキストでテナント ID、ロール、グループを返す (または JWT のクレームを読む) ようにし、関数内でレコード単位のチェックに使います。テナントをリクエストボディから取得してはいけません。3) IAM の呼び出し元にはプリンシパルタグとリソースタグによる属性ベースのアクセス制御を使い、きめ細かなルールには Amazon Verified Permissions を検討します。4) スコープやテナントが異なるトークンで各操作を呼び出し、403 が返ることを確認するテストを追加します。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
          },
        },
      ],
    },
    {
      id: 'SEC2',
      title: l(
        "How do you manage your Serverless application's security boundaries?",
        'サーバーレスアプリケーションのセキュリティ境界をどのように管理していますか?',
      ),
      description: l(
        'Every function, queue, topic, bucket and table is a boundary that decides who may call it and what it may call. ' +
          'This question asks whether resource policies admit only the intended sources, whether components authenticate to each other with short lived credentials, ' +
          'whether network traffic is controlled where it matters, and whether functions are small enough that each can be given only the permissions it needs.',
        '関数, キュー, トピック, バケット, テーブルのそれぞれが, 誰から呼び出されてよいか, 何を呼び出してよいかを決める境界です. ' +
          'この質問では, リソースポリシーが意図した送信元だけを許可しているか, コンポーネント間の認証に有効期間の短い認証情報を使っているか, ' +
          '必要な箇所でネットワークトラフィックを制御しているか, 関数が必要な権限だけを与えられる程度に小さく保たれているかを確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: infrastructure protection', 'Serverless Lens: インフラストラクチャ保護'),
        url: `${LENS}/infrastructure-protection.html`,
      },
      essential: {
        choices: ['sec2_resource_policies', 'sec2_temporary_credentials'],
        why: l(
          'A resource policy that lets any account or any source invoke a function or read a queue, and long-lived access keys stored in code or environment variables, are the two ways serverless applications are most often opened to the outside: both give an attacker access without breaking anything. Network controls and single-purpose functions limit the blast radius further, but the boundary itself is the policy and the credentials.',
          'どのアカウントや送信元からでも関数を呼び出せる、あるいはキューを読めるリソースポリシーと、コードや環境変数に保存された長期のアクセスキーは、サーバーレスアプリケーションが外部に開かれてしまう最も多い原因です。どちらも攻撃者に何も壊さずにアクセスを与えてしまいます。ネットワーク制御や単一用途の関数は影響範囲をさらに狭めますが、境界そのものはポリシーと認証情報です。',
        ),
      },
      choices: [
        {
          id: 'sec2_resource_policies',
          title: l('Evaluate and define resource policies', 'リソースポリシーの評価と定義'),
          description: l(
            'Resource-based policies on Lambda functions, API Gateway APIs, SQS queues, SNS topics, EventBridge buses and S3 buckets name exactly which service or account may use the resource and from which source. Permissions granted to AWS services carry SourceArn and SourceAccount conditions so that another customer\u2019s resource cannot trigger yours, and wildcard principals are absent or constrained by conditions.',
            'Lambda 関数、API Gateway の API、SQS キュー、SNS トピック、EventBridge のイベントバス、S3 バケットのリソースベースのポリシーで、どのサービスやアカウントがどの送信元からそのリソースを使えるかを正確に指定している状態です。AWS サービスに与える権限には SourceArn と SourceAccount の条件を付け、他の顧客のリソースからあなたのリソースが起動されないようにし、ワイルドカードのプリンシパルは使わないか、条件で制限しています。',
          ),
          helpfulResource: {
            text: l('Viewing resource-based IAM policies in Lambda', 'Lambda のリソースベースの IAM ポリシーの表示'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
          },
          improvementPlan: {
            text: l(
              '1) Review every AWS::Lambda::Permission and resource policy: each should name one service or account principal and carry SourceArn (and SourceAccount for S3) pointing at the exact API, rule, topic or bucket. 2) Replace Principal * with specific principals, or add aws:SourceVpce, aws:SourceIp or aws:PrincipalOrgID conditions where a wildcard is unavoidable. 3) Use API Gateway resource policies to allow only your VPC endpoints, accounts or IP ranges, and SQS/SNS policies that allow only the producing topic or service. 4) Turn on IAM Access Analyzer to report resources shared outside your account or organization, and check templates in the pipeline (slens scan, cfn-nag, Checkov) before deployment.',
              '1) すべての AWS::Lambda::Permission とリソースポリシーを確認します。それぞれが 1 つのサービスまたはアカウントのプリンシパルを指定し、対象の API、ルール、トピック、バケットを正確に指す SourceArn (S3 の場合は SourceAccount も) を持つべきです。2) Principal * は具体的なプリンシパルに置き換えるか、ワイルドカードが避けられない場合は aws:SourceVpce、aws:SourceIp、aws:PrincipalOrgID の条件を追加します。3) API Gateway のリソースポリシーで自社の VPC エンドポイント、アカウント、IP 範囲のみを許可し、SQS/SNS のポリシーでは送信元のトピックやサービスだけを許可します。4) IAM Access Analyzer を有効にしてアカウントや組織の外部と共有されているリソースを検出し、デプロイ前にパイプラインでテンプレートを検査します (slens scan、cfn-nag、Checkov など)。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
          },
        },
        {
          id: 'sec2_temporary_credentials',
          title: l('Use temporary credentials between resources and components', 'リソースとコンポーネント間で一時的な認証情報を使用する'),
          description: l(
            'Components call each other and AWS services with temporary credentials from IAM roles: each function has its own execution role, services call APIs with SigV4 through IAM authorization, and no long-lived access keys are stored in code, environment variables or configuration. Each role allows only the actions and resources its function uses.',
            'コンポーネント同士や AWS サービスの呼び出しに、IAM ロールから得られる一時的な認証情報を使っている状態です。各関数は専用の実行ロールを持ち、サービス間の API 呼び出しは IAM 認可による SigV4 で行い、長期のアクセスキーをコード、環境変数、設定に保存していません。各ロールは、その関数が使うアクションとリソースだけを許可しています。',
          ),
          helpfulResource: {
            text: l('Defining Lambda function permissions with an execution role', '実行ロールによる Lambda 関数の権限の定義'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
          },
          improvementPlan: {
            text: l(
              '1) Search code, environment variables and parameters for AWS access keys (git-secrets, Amazon Inspector Lambda code scanning, which reports hardcoded credentials, or your secret scanner) and replace them with execution-role permissions; rotate and delete the keys found. 2) Give every function its own role, using AWS SAM policy templates (DynamoDBReadPolicy, SQSSendMessagePolicy) or CDK grant methods scoped to one table or queue instead of AmazonDynamoDBFullAccess or Action *. 3) For service-to-service APIs use AWS_IAM authorization and sign requests with the caller\u2019s role; for cross-account access use role assumption with an external ID or organization condition. 4) Use IAM Access Analyzer policy generation from CloudTrail activity to trim each role to what it actually used.',
              '1) コード、環境変数、パラメータに AWS のアクセスキーがないか検索し (git-secrets、ハードコードされた認証情報を検出する Amazon Inspector の Lambda コードスキャン、その他のシークレットスキャナー)、実行ロールの権限に置き換えます。見つかったキーはローテーションして削除します。2) すべての関数に専用のロールを与え、AmazonDynamoDBFullAccess や Action * ではなく、1 つのテーブルやキューに限定した AWS SAM のポリシーテンプレート (DynamoDBReadPolicy、SQSSendMessagePolicy など) や CDK の grant メソッドを使います。3) サービス間の API には AWS_IAM 認可を使い、呼び出し元のロールでリクエストに署名します。クロスアカウントのアクセスには外部 ID や組織の条件付きでロールを引き受けます。4) IAM Access Analyzer の CloudTrail アクティビティに基づくポリシー生成で、各ロールを実際に使った権限まで絞り込みます。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
          },
        },
        {
          id: 'sec2_network_controls',
          title: l('Control network traffic at all layers', 'すべてのレイヤーでネットワークトラフィックを制御する'),
          description: l(
            'Where functions reach private resources or must not reach the internet, they run attached to a VPC with security groups that allow only the required ports and destinations, VPC endpoints with endpoint policies for AWS services, and egress through a NAT gateway or proxy only when needed. Organization guardrails decide which VPCs functions may use, and VPC flow logs show what traffic actually flows.',
            '関数がプライベートなリソースにアクセスする場合や、インターネットに出てはならない場合に、VPC に接続して実行している状態です。セキュリティグループは必要なポートと宛先だけを許可し、AWS サービスにはエンドポイントポリシー付きの VPC エンドポイントを使い、インターネットへの出口は必要な場合にのみ NAT ゲートウェイやプロキシ経由にします。関数が使ってよい VPC は組織のガードレールで決め、実際の通信は VPC フローログで確認できます。',
          ),
          helpfulResource: {
            text: l('Giving Lambda functions access to resources in an Amazon VPC', 'Amazon VPC 内のリソースへのアクセスを Lambda 関数に許可する'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
          },
          improvementPlan: {
            text: l(
              '1) Decide per function whether it needs VPC access (databases, internal services, egress control) and attach those functions to private subnets in at least two Availability Zones. 2) Give each function a security group that allows outbound traffic only to the ports and security groups it needs, and add VPC interface or gateway endpoints (DynamoDB, S3, Secrets Manager, SQS) with endpoint policies so AWS traffic stays off the internet. 3) Enforce the rule with IAM condition keys lambda:VpcIds, lambda:SubnetIds and lambda:SecurityGroupIds in an SCP or permission boundary. 4) Enable VPC flow logs, and for outbound filtering use AWS Network Firewall or a proxy instead of rules in application code.',
              '1) 関数ごとに VPC アクセスが必要か (データベース、内部サービス、出口の制御など) を判断し、必要な関数は 2 つ以上のアベイラビリティーゾーンのプライベートサブネットに接続します。2) 各関数に、必要なポートとセキュリティグループへの送信だけを許可するセキュリティグループを割り当て、AWS サービス向けにはエンドポイントポリシー付きの VPC インターフェイスエンドポイントまたはゲートウェイエンドポイント (DynamoDB、S3、Secrets Manager、SQS など) を追加して、AWS への通信がインターネットを経由しないようにします。3) SCP やアクセス許可の境界で IAM 条件キー lambda:VpcIds、lambda:SubnetIds、lambda:SecurityGroupIds を使い、このルールを強制します。4) VPC フローログを有効にし、送信のフィルタリングにはアプリケーションコードのルールではなく AWS Network Firewall やプロキシを使います。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
          },
        },
        {
          id: 'sec2_single_purpose_functions',
          title: l('Design smaller, single purpose functions', 'コンパクトなデザイン, 単一用途の関数'),
          description: l(
            'Each function does one job (handle one route, consume one queue, run one workflow step), so its execution role can be narrow, its dependencies few, and a compromise or bug affects one capability instead of the whole application. Functions do not share an execution role, and a function that does everything behind a catch-all route is split along its responsibilities.',
            '各関数が 1 つの仕事 (1 つのルートの処理、1 つのキューの消費、ワークフローの 1 ステップなど) だけを担うことで、実行ロールを狭く、依存ライブラリを少なく保ち、侵害やバグの影響をアプリケーション全体ではなく 1 つの機能にとどめている状態です。関数同士で実行ロールを共有せず、すべてをキャッチオールのルートで処理する関数は責務ごとに分割しています。',
          ),
          helpfulResource: {
            text: l('Lambda function best practices', 'Lambda 関数のベストプラクティス'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
          },
          improvementPlan: {
            text: l(
              '1) List functions whose role has many unrelated permissions or that handle many routes (a {proxy+} integration serving the whole API, a shared role used by several functions). 2) Split them along responsibilities, starting with operations that need write or admin permissions, and give each new function its own role with only its own table, queue or bucket. 3) Share code through a Lambda layer or package, not by reusing a function. 4) Keep the number of functions manageable with one template per service and consistent naming; re-check roles with IAM Access Analyzer unused-access findings after the split.',
              '1) ロールに無関係な権限が多数ある関数や、多くのルートを処理する関数 (API 全体を受ける {proxy+} 統合、複数の関数で共有されたロールなど) を洗い出します。2) 書き込みや管理権限が必要な操作から順に責務ごとに分割し、新しい関数にはそれぞれ自身のテーブル、キュー、バケットだけを許可する専用ロールを与えます。3) コードの共有には関数の使い回しではなく Lambda レイヤーやパッケージを使います。4) サービスごとに 1 つのテンプレートと一貫した命名で関数の数を管理しやすく保ち、分割後は IAM Access Analyzer の未使用アクセスの検出結果でロールを見直します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
          },
        },
      ],
    },
    {
      id: 'SEC3',
      title: l('How do you implement application Security in your workload?', 'ワークロードにどのようにアプリケーションセキュリティを実装しますか?'),
      description: l(
        'AWS patches the servers, but the code, its dependencies, its secrets and the events it accepts remain your responsibility. ' +
          'This question asks how the team keeps up with threats, where secrets are kept, how only trusted code reaches the runtime and is watched there, ' +
          'how vulnerable libraries are found, and how every inbound event is validated before it is used.',
        'サーバーへのパッチ適用は AWS が行いますが, コード, 依存ライブラリ, シークレット, 受け付けるイベントは利用者の責任です. ' +
          'この質問では, チームが脅威の動向をどのように把握しているか, シークレットをどこに保管しているか, 信頼できるコードだけがランタイムに届き実行時に監視されているか, ' +
          '脆弱なライブラリをどのように見つけているか, 受信したイベントを使う前にどのように検証しているかを確認します.',
      ),
      helpfulResource: {
        text: l('Serverless Lens: data protection', 'Serverless Lens: データ保護'),
        url: `${LENS}/data-protection.html`,
      },
      essential: {
        choices: ['sec3_secrets', 'sec3_input_validation'],
        why: l(
          'Secrets in code or plain environment variables leak through repositories, deployment packages and logs, and give direct access to databases and third-party accounts. Unvalidated events are the entry point for injection and for malformed data that breaks downstream systems. Both are exploitable without any further weakness. Awareness, runtime protection and dependency review reduce the chance of a vulnerability, but these two close the most direct paths.',
          'コードや平文の環境変数にあるシークレットは、リポジトリ、デプロイパッケージ、ログを通じて漏えいし、データベースや外部サービスのアカウントへの直接のアクセスを与えます。検証されないイベントは、インジェクションや下流システムを壊す不正なデータの入口になります。どちらも他の弱点がなくても悪用できます。意識向上、ランタイム保護、依存関係の確認は脆弱性の可能性を下げますが、この 2 つは最も直接的な経路を塞ぎます。',
        ),
      },
      choices: [
        {
          id: 'sec3_security_awareness',
          title: l('Review security awareness documents frequently', 'セキュリティ意識向上ドキュメントを頻繁に確認する'),
          description: l(
            'The team regularly reads AWS security bulletins, advisories for its languages and libraries, and guidance such as the OWASP Top 10 and OWASP Serverless Top 10, and turns what applies to them into backlog items. New members learn the team\u2019s secure coding rules, and security findings are reviewed in a routine meeting rather than only after an incident.',
            'チームが AWS セキュリティ速報、使用している言語やライブラリのアドバイザリ、OWASP Top 10 や OWASP Serverless Top 10 などのガイダンスを定期的に読み、自分たちに当てはまるものをバックログに落とし込んでいる状態です。新しいメンバーはチームのセキュアコーディングのルールを学び、セキュリティの検出結果はインシデント後だけでなく定例の場で確認しています。',
          ),
          helpfulResource: {
            text: l('AWS security bulletins', 'AWS セキュリティ速報'),
            url: 'https://aws.amazon.com/security/security-bulletins/',
          },
          improvementPlan: {
            text: l(
              '1) Subscribe the team channel to the AWS security bulletins RSS feed and to GitHub security advisories for your languages and main frameworks. 2) Hold a short monthly security review: new bulletins and advisories, AWS Security Hub and Amazon Inspector findings for your accounts, and any change to the OWASP Top 10 relevant to your APIs. 3) Keep a one-page secure coding checklist for serverless (validate events, no secrets in code or logs, least-privilege roles, idempotent handlers) and use it in pull request reviews. 4) Run a threat modeling session for each new service or major feature and record the mitigations as backlog items.',
              '1) チームのチャンネルで AWS セキュリティ速報の RSS フィードと、使用している言語や主要フレームワークの GitHub セキュリティアドバイザリを購読します。2) 毎月短いセキュリティレビューを行い、新しい速報やアドバイザリ、自分たちのアカウントの AWS Security Hub と Amazon Inspector の検出結果、API に関係する OWASP Top 10 の変更を確認します。3) サーバーレス向けの 1 ページのセキュアコーディングチェックリスト (イベントの検証、コードやログにシークレットを含めない、最小権限のロール、冪等なハンドラー) を用意し、プルリクエストのレビューで使います。4) 新しいサービスや大きな機能ごとに脅威モデリングを行い、対策をバックログに登録します。',
            ),
            url: 'https://aws.amazon.com/security/security-bulletins/',
          },
        },
        {
          id: 'sec3_secrets',
          title: l('Store secrets that are used in your code securely', 'コードで使用される機密情報を安全に保管する'),
          description: l(
            'Database passwords, API tokens and signing keys are kept in AWS Secrets Manager (or SSM Parameter Store SecureString), encrypted with AWS KMS, rotated on a schedule and read at run time by the function\u2019s role only. They never appear in source code, templates, plain environment variables or logs, and every read is auditable in CloudTrail.',
            'データベースのパスワード、API トークン、署名鍵を AWS Secrets Manager (または SSM Parameter Store の SecureString) に保管し、AWS KMS で暗号化し、定期的にローテーションし、実行時に関数のロールからのみ読み取っている状態です。シークレットはソースコード、テンプレート、平文の環境変数、ログに一切現れず、すべての読み取りを CloudTrail で監査できます。',
          ),
          helpfulResource: {
            text: l('Use AWS Secrets Manager secrets in AWS Lambda functions', 'AWS Lambda 関数での AWS Secrets Manager のシークレットの使用'),
            url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
          },
          improvementPlan: {
            text: l(
              '1) Scan repositories, templates and function configurations for secrets (git-secrets, Amazon Inspector Lambda code scanning, or slens scan on templates) and move each one to AWS Secrets Manager; rotate every secret that was ever committed. 2) Turn on automatic rotation for database credentials (RDS, Aurora, Redshift) and for third-party tokens with a rotation function. 3) Read secrets at run time with the AWS Parameters and Secrets Lambda Extension or the Parameters utility of Powertools for AWS Lambda, which cache them for a configurable time, and grant secretsmanager:GetSecretValue on that secret only. 4) Use a customer managed KMS key where you need to control who can decrypt, and make sure loggers never print secret values.',
              '1) リポジトリ、テンプレート、関数の設定からシークレットを検索し (git-secrets、Amazon Inspector の Lambda コードスキャン、テンプレートへの slens scan など)、それぞれを AWS Secrets Manager に移します。一度でもコミットされたシークレットはすべてローテーションします。2) データベースの認証情報 (RDS、Aurora、Redshift) と外部サービスのトークンは、ローテーション関数で自動ローテーションを有効にします。3) 実行時には AWS Parameters and Secrets Lambda Extension または Powertools for AWS Lambda の Parameters ユーティリティでシークレットを読み、一定時間キャッシュします。権限はそのシークレットへの secretsmanager:GetSecretValue だけを与えます。4) 復号できる人を管理する必要がある場合はカスタマーマネージド KMS キーを使い、ロガーがシークレットの値を出力しないことを確認します。',
            ),
            url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
          },
        },
        {
          id: 'sec3_runtime_protection',
          title: l(
            'Implement runtime protection to help prevent against malicious code execution',
            'ランタイム保護を実装して, 悪意のあるコードの実行を防止する',
          ),
          description: l(
            'Only code that the team built and signed can be deployed to a function, and suspicious behavior at run time is detected. Lambda code signing rejects unsigned or altered packages, Amazon GuardDuty Lambda Protection watches network activity for signs of compromise such as connections to known malicious hosts, and functions avoid evaluating input as code or running shell commands built from input.',
            'チームがビルドして署名したコードだけが関数にデプロイでき、実行時の不審な挙動が検知される状態です。Lambda のコード署名は署名のない、または改ざんされたパッケージを拒否し、Amazon GuardDuty の Lambda Protection は既知の悪意あるホストへの接続など侵害の兆候をネットワークアクティビティから検出します。関数は入力をコードとして評価したり、入力から組み立てたシェルコマンドを実行したりしません。',
          ),
          helpfulResource: {
            text: l('Using code signing to verify code integrity with Lambda', 'コード署名による Lambda のコードの整合性の検証'),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html',
          },
          improvementPlan: {
            text: l(
              '1) Create an AWS Signer signing profile, sign deployment packages in the pipeline (sam package --signing-profiles) and attach a code signing configuration with UntrustedArtifactOnDeployment: Enforce to production functions. 2) Enable Amazon GuardDuty Lambda Protection in every account and send its findings through EventBridge to the on-call channel. 3) Review code for eval, dynamic require/import, child_process or subprocess calls with user input, and deserialization of untrusted data; add static analysis (Amazon Inspector code scanning, Semgrep, CodeQL) to pull requests. 4) Keep /tmp free of data between invocations when it could be influenced by a previous caller, and set reserved concurrency so a compromised function cannot scale without limit.',
              '1) AWS Signer の署名プロファイルを作成し、パイプラインでデプロイパッケージに署名して (sam package --signing-profiles)、本番の関数に UntrustedArtifactOnDeployment: Enforce のコード署名設定を関連付けます。2) すべてのアカウントで Amazon GuardDuty の Lambda Protection を有効にし、検出結果を EventBridge 経由でオンコールのチャンネルに送ります。3) eval、動的な require/import、ユーザー入力を使う child_process や subprocess の呼び出し、信頼できないデータのデシリアライズがないかコードを確認し、プルリクエストに静的解析 (Amazon Inspector のコードスキャン、Semgrep、CodeQL など) を追加します。4) 前の呼び出し元の影響を受けうるデータを呼び出し間で /tmp に残さず、侵害された関数が際限なくスケールしないよう予約済み同時実行数を設定します。',
            ),
            url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html',
          },
        },
        {
          id: 'sec3_dependency_review',
          title: l("Automatically review workload's code dependencies/libraries", 'ワークロードコードの依存関係/ライブラリを自動的に確認する'),
          description: l(
            'Every library and layer the functions ship with is known (lock files, SBOM) and checked automatically for known vulnerabilities, both when code changes and continuously after deployment, because new CVEs appear for code that has not changed. Findings have owners and deadlines by severity, and updates flow through the normal pipeline.',
            '関数に含まれるすべてのライブラリとレイヤーを把握し (ロックファイル、SBOM)、既知の脆弱性がないかを自動的に確認している状態です。コードが変わっていなくても新しい CVE は公開されるため、確認はコード変更時だけでなくデプロイ後も継続的に行います。検出結果には重要度に応じた担当者と期限があり、更新は通常のパイプラインで反映されます。',
          ),
          helpfulResource: {
            text: l('Scanning AWS Lambda functions with Amazon Inspector', 'Amazon Inspector による AWS Lambda 関数のスキャン'),
            url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html',
          },
          improvementPlan: {
            text: l(
              '1) Commit lock files (package-lock.json, poetry.lock, go.sum) and build from them in the pipeline so what was scanned is what is deployed. 2) Enable Dependabot or Renovate on every repository for security updates, and run npm audit, pip-audit or OWASP Dependency-Check as a pipeline step that fails on critical findings. 3) Activate Amazon Inspector Lambda standard scanning (and code scanning) in all accounts to catch new CVEs in deployed functions and layers, and export SBOMs when auditors ask. 4) Agree on fix deadlines by severity (for example critical within 7 days) and track Inspector findings in Security Hub.',
              '1) ロックファイル (package-lock.json、poetry.lock、go.sum など) をコミットし、パイプラインではそれを使ってビルドして、スキャンしたものとデプロイするものを一致させます。2) すべてのリポジトリで Dependabot または Renovate のセキュリティ更新を有効にし、npm audit、pip-audit、OWASP Dependency-Check をパイプラインのステップとして実行して、重大な検出があれば失敗させます。3) すべてのアカウントで Amazon Inspector の Lambda 標準スキャン (およびコードスキャン) を有効にして、デプロイ済みの関数とレイヤーの新しい CVE を検出し、監査で求められたら SBOM をエクスポートします。4) 重要度ごとの修正期限 (例: Critical は 7 日以内) を合意し、Inspector の検出結果を Security Hub で追跡します。',
            ),
            url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html',
          },
        },
        {
          id: 'sec3_input_validation',
          title: l('Validate inbound events', 'インバウンドイベントを検証する'),
          description: l(
            'Every event is checked against a schema before it is used, whatever its source: API requests, queue messages, stream records, EventBridge events and S3 notifications. API Gateway rejects malformed requests before they reach a function, and the function validates types, lengths and allowed values, then uses parameterized queries and output encoding so input is never interpreted as code or query.',
            '送信元が API リクエスト、キューのメッセージ、ストリームのレコード、EventBridge のイベント、S3 の通知のいずれであっても、すべてのイベントを使う前にスキーマで検証している状態です。API Gateway は不正な形式のリクエストを関数に届く前に拒否し、関数は型、長さ、許可された値を検証したうえで、パラメータ化クエリや出力のエンコードを使い、入力がコードやクエリとして解釈されないようにしています。',
          ),
          helpfulResource: {
            text: l('Request validation for REST APIs in API Gateway', 'API Gateway の REST API のリクエスト検証'),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
          },
          improvementPlan: {
            text: l(
              '1) Define a JSON Schema (draft 4) model for each REST API method body and enable a request validator for body and required parameters, so API Gateway returns 400 before invoking the function. 2) In the function, validate the whole event with the Validation or Parser utility of Powertools for AWS Lambda, or with a schema library such as Zod or Pydantic, including events from SQS, EventBridge and streams, and discard or dead-letter events that do not match. 3) Use parameterized queries and SDK condition expressions instead of string concatenation, and never pass input to eval or a shell. 4) Add tests with malformed, oversized and malicious payloads, and protect public APIs with AWS WAF managed rules.',
              '1) REST API の各メソッドのボディに JSON スキーマ (draft 4) のモデルを定義し、ボディと必須パラメータのリクエストバリデーターを有効にして、関数を呼び出す前に API Gateway が 400 を返すようにします。2) 関数内では Powertools for AWS Lambda の Validation または Parser ユーティリティ、あるいは Zod や Pydantic などのスキーマライブラリでイベント全体を検証します。SQS、EventBridge、ストリームからのイベントも対象とし、一致しないものは破棄するかデッドレターキューに送ります。3) 文字列連結ではなくパラメータ化クエリや SDK の条件式を使い、入力を eval やシェルに渡しません。4) 不正な形式、過大なサイズ、悪意のあるペイロードでのテストを追加し、公開 API は AWS WAF のマネージドルールで保護します。',
            ),
            url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
          },
        },
      ],
    },
  ],
};
