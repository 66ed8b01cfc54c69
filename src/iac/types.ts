// The models of the scanner's first stages: a Template (one file) and its Resources with source positions,
// and the ResourceGraph of one template with the facts derived from it. Loaders produce these; rules read
// them; nothing here reads files. Fact and reference types live here so graph.ts and facts.ts need not
// import each other.
import type { Localized } from '../util/i18n.js';

export interface Location {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export type IacFormat = 'cloudformation' | 'sam' | 'cdk' | 'serverless' | 'terraform';

/** A parse or load problem of one file: the scan records it and goes on with the rest. */
export interface LoadError {
  file: string;
  line: number;
  column?: number;
  message: string;
  /** Stable id, e.g. `yaml-syntax`, `duplicate-key`, `too-large`, `not-utf8`, `alias-limit`, `too-deep`. */
  code: string;
  /** Values for a localized message (for `duplicate-key`: `key`, `first` and `second` line). */
  data?: Record<string, string>;
  /** The message in English and Japanese, when it was raised as a pair (file reading problems). */
  localized?: Localized;
}

/**
 * A value that could not be resolved (a parameter without default, an import, an attribute of an
 * unknown resource). Rules must not raise alarms on it: a symbolic value is "unknown", never "wrong".
 */
export interface Symbolic {
  readonly symbolic: true;
  /** The intrinsic function as written, e.g. `{ Ref: 'Stage' }`. */
  readonly expression: unknown;
  /** For `Fn::If` only: the condition name and both branches, resolved (`undefined` for `AWS::NoValue`). */
  readonly condition?: string;
  readonly branches?: readonly [unknown, unknown];
}

export interface Resource {
  logicalId: string;
  /** CloudFormation type, e.g. `AWS::Lambda::Function`. SAM resources are expanded into these. */
  type: string;
  /** Properties with intrinsics resolved where they can be; unresolved values are Symbolic. */
  properties: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  /** Where the resource is written (the SAM source for expanded resources). */
  location: Location;
  /** Where a property is written; falls back to the resource's location. Path is relative to Properties. */
  locate(path: readonly (string | number)[]): Location;
  format: IacFormat;
  /** For resources expanded from SAM / Serverless / Terraform: the source resource's id and type. */
  origin?: { logicalId: string; type: string };
  /** CDK construct path from `aws:cdk:path` metadata, for attributing findings. */
  constructPath?: string;
  /** The condition name guarding the resource, if any. */
  condition?: string;
  /** The `UpdatePolicy` attribute (e.g. `CodeDeployLambdaAliasUpdate` on an alias SAM made for DeploymentPreference). */
  updatePolicy?: Record<string, unknown>;
}

/** The parameter a Terraform module "takes" when it reads `terraform.workspace` (one state per workspace). */
export const TERRAFORM_WORKSPACE = 'terraform.workspace';

/** A CloudFormation parameter, or a Terraform module's variable, as declared. */
export interface TemplateParameter {
  /** The declared type as written (`String`, `AWS::SSM::Parameter::Value<String>`; Terraform `string`), when it is a plain text. */
  type?: string;
  /** CloudFormation `NoEcho: true`; Terraform `sensitive = true`: the value is a secret the tools hide. */
  noEcho?: boolean;
  default?: unknown;
  /** Where the parameter is declared. */
  location: Location;
  /** Where its default is written, when it has one. */
  defaultLocation?: Location;
}

/** The pseudo resource type under which rules judge a template's parameters (see scan/run.ts). */
export const TEMPLATE_PARAMETER = 'Template::Parameter';

export interface Template {
  file: string;
  format: IacFormat;
  resources: Resource[];
  /** CloudFormation parameters; a Terraform module's variables (and TERRAFORM_WORKSPACE when it reads it). */
  parameters: Record<string, TemplateParameter>;
  /** Template-level Metadata (suppressions live here). */
  metadata: Record<string, unknown>;
  errors: LoadError[];
}

/** Where a value sits under a resource's Properties: keys and list indexes. */
export type PropertyPath = readonly (string | number)[];

export interface Reference {
  /** The resource whose properties hold the reference. */
  from: Resource;
  /** Where in `from.properties` the reference is. */
  path: PropertyPath;
}

/**
 * The log group that holds a function's logs: the resource when the template declares it, `external`
 * when `LoggingConfig.LogGroup` names one the template does not declare, undefined when none is found.
 */
export type LogGroupFact = Resource | 'external' | undefined;

/** Declared log groups named `API-Gateway-Execution-Logs_{api-id}/{stage}` for one stage (see api/execution-logs.ts). */
export interface ExecutionLogGroups {
  /** The group named for the stage, when one is. */
  group?: Resource;
  /** Groups named for the stage's API whose stage part is a parameter (`${Stage}`): the stage's when the parameter's value is its name. */
  byParameter: readonly { group: Resource; parameter: string }[];
  /** A group is named for execution logs in a way the graph cannot compare with this stage (an API id it cannot write). */
  undecided: boolean;
}

/** A resource that makes a function the target of asynchronous invocations. */
export interface AsyncSource {
  /** Logical id of the permission, subscription, bucket or rule. */
  via: string;
  /** The invoking service principal, e.g. `sns.amazonaws.com`. */
  service: string;
}

/** Every logical id and literal dimension value the template's CloudWatch alarms point at. */
export interface AlarmTargets {
  ids: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/** The lookups of a template's graph that facts are derived from. */
export interface GraphIndex {
  readonly resources: readonly Resource[];
  get(logicalId: string): Resource | undefined;
  /** The resources of these types (one type: the graph's own list, so do not mutate it). */
  ofType(...types: string[]): readonly Resource[];
  /** Every place some resource's properties reference `logicalId`. */
  referencing(logicalId: string): readonly Reference[];
  /** The `AWS::Lambda::Function` a `FunctionName`/ARN value designates, through aliases and versions. */
  functionOf(value: unknown): Resource | undefined;
}

/**
 * The graph of one template (CloudFormation logical ids are scoped to their template) and the facts that
 * need the whole template, computed once on first use and asked for by name: `slens scan` and `slens cost`
 * read the same answers.
 */
export interface ResourceGraph extends GraphIndex {
  logGroupOf(fn: Resource): LogGroupFact;
  /** True when some resource uses the queue as a dead-letter queue or failure destination. */
  isDeadLetterQueue(queue: Resource): boolean;
  /** Who invokes the function asynchronously (permissions, SNS subscriptions, bucket notifications, EventBridge rules). */
  asyncSourcesOf(fn: Resource): readonly AsyncSource[];
  /** True when API Gateway or a function URL invokes the function (a request waits for it). */
  servesRequests(fn: Resource): boolean;
  eventSourceMappingsOf(fn: Resource): readonly Resource[];
  eventInvokeConfigsOf(fn: Resource): readonly Resource[];
  aliasesOf(fn: Resource): readonly Resource[];
  versionsOf(fn: Resource): readonly Resource[];
  /** The execution role declared in the template, when the function's `Role` points at one. */
  roleOf(fn: Resource): Resource | undefined;
  alarmTargets(): AlarmTargets;
  /**
   * The whole definition of an API (`AWS::ApiGateway::RestApi` or `AWS::ApiGatewayV2::Api`), gathered from
   * its properties, its body (inline or an include the loader read), its methods, routes, stages and
   * separate policy resources; undefined for other resources.
   */
  apiOf(api: Resource): ApiFact | undefined;
  /** Declared log groups named for a stage's execution logs (a REST or WebSocket stage, or a Deployment's `StageDescription`). */
  executionLogGroupsOf(stage: Resource): ExecutionLogGroups;
}

/** What stands behind a method: Lambda proxy, a non-proxy AWS service or HTTP call, a mock, an HTTP API service integration. */
export type IntegrationKind = 'proxy' | 'aws' | 'http' | 'mock' | 'service' | 'unknown';

export interface ApiIntegration {
  kind: IntegrationKind;
  /** Request or response mapping templates are written. */
  templates: boolean;
  /** The integration asks Lambda for an asynchronous invoke (`X-Amz-Invocation-Type: 'Event'`). */
  async: boolean;
  /** `responseTransferMode: STREAM` (response streaming, REST only). */
  streaming: boolean;
}

/** The authorization of one method or route; `type` is `unknown` when the template cannot tell. */
export interface ApiAuthorization {
  /** `NONE`, `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS`, `JWT`, or `unknown`. */
  type: string;
  authorizer?: string;
  /** The scopes, when written (a symbolic value stays as it is). */
  scopes?: unknown;
  /** True, false, or `unknown` (written with a value the template cannot resolve). */
  apiKeyRequired: boolean | 'unknown';
}

/** One method (REST) or route (HTTP/WebSocket) of an API. */
export interface ApiMethod {
  /** Upper case: `GET`, `ANY`; WebSocket and default routes as written (`$connect`, `$default`). */
  verb: string;
  /** `/orders/{id}`, or the route key's path; empty when the template does not say. */
  path: string;
  /** The Method or Route resource, when the method is one; absent for operations of a body. */
  resource?: Resource;
  /** Where an operation of a body is written, under the API's properties (e.g. `['Body', 'paths', '/x', 'get']`). */
  at?: PropertyPath;
  authorization: ApiAuthorization;
  integration: ApiIntegration;
  /** The request validator validates the body: true, false, or `unknown` (a validator the template does not declare). */
  validatesBody: boolean | 'unknown';
}

/** A part of the definition the scan cannot read: rules that depend on it answer `unknown`. */
export interface UnreadablePart {
  /** `s3` (a body kept in S3), `include` (an include not read), `symbolic` (a body the template cannot resolve), `invalid` (a body that is not an OpenAPI mapping). */
  reason: 's3' | 'include' | 'symbolic' | 'invalid';
  path: PropertyPath;
}

export interface ApiFact {
  api: Resource;
  protocol: 'REST' | 'HTTP' | 'WEBSOCKET' | 'unknown';
  methods: readonly ApiMethod[];
  /** The resource policy: the `Policy` property (Terraform's separate policy resource is folded into it), or the body's `x-amazon-apigateway-policy`. */
  policy: { where: 'property' | 'body'; value: unknown } | undefined;
  /** Endpoint types (property, else the body's `x-amazon-apigateway-endpoint-configuration`); `unknown` when unresolved; empty when not written. */
  endpointTypes: readonly string[] | 'unknown';
  /** Where the endpoint types are written (under the API's properties), when they are. */
  endpointAt?: PropertyPath;
  /** The body's REST-only extensions in use (API key source, request validators, policy, gateway responses). */
  bodyExtensions: readonly string[];
  /** Stage resources of the API. */
  stages: readonly Resource[];
  /** An HTTP API made by quick create (`Target`): API Gateway makes a `$default` stage with default settings. */
  quickCreate: boolean;
  /** The `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` that sets the quick-created stage's settings, when one does. */
  managedOverrides?: Resource;
  unreadable: readonly UnreadablePart[];
}
