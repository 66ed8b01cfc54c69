// `functions` → AWS::Lambda::Function, its log group, its EventInvokeConfig (destinations, retries), and the
// shared execution role (`IamRoleLambdaExecution`) with the provider's IAM statements — what the framework creates.
import type { Path } from '../build.js';
import { add, arnName, at, compact, isRec, normalizeName, rec, type Rec, type SlsContext, type Sources } from './context.js';

export const ROLE_ID = 'IamRoleLambdaExecution';

export interface FunctionInfo {
  name: string;
  /** `Hello` for `hello`: the prefix of every id derived from the function. */
  base: string;
  logicalId: string;
  /** The deployed name (`service-stage-hello` unless `name` is set). */
  functionName: unknown;
  config: Rec;
  path: Path;
}

export function functionInfos(ctx: SlsContext): FunctionInfo[] {
  const functions = rec(ctx.doc['functions']);
  return Object.entries(functions).map(([name, value]) => {
    const config = rec(value);
    const base = normalizeName(name);
    return {
      name,
      base,
      logicalId: `${base}LambdaFunction`,
      functionName: config['name'] ?? `${ctx.service}-${ctx.stage}-${name}`,
      config,
      path: ['functions', name],
    };
  });
}

function tracingMode(value: unknown): unknown {
  if (value === true || value === 'Active') return 'Active';
  if (value === 'PassThrough' || value === false) return 'PassThrough';
  return value;
}

/** Function value first, then the provider's; undefined when neither is written. */
function pick(fn: FunctionInfo, provider: Rec, key: string, providerKey = key): unknown {
  return fn.config[key] ?? provider[providerKey];
}

function sourcesOf(fn: FunctionInfo): Sources {
  const own = (key: string, providerPath: Path = ['provider', key]): Path[] => [[...fn.path, key], providerPath];
  return {
    MemorySize: own('memorySize'),
    Timeout: own('timeout'),
    Runtime: own('runtime'),
    Handler: own('handler'),
    FunctionName: own('name'),
    Architectures: own('architecture'),
    TracingConfig: [[...fn.path, 'tracing'], ['provider', 'tracing', 'lambda']],
    Environment: own('environment'),
    Role: [[...fn.path, 'role'], ['provider', 'iam', 'role'], ['provider', 'role']],
    DeadLetterConfig: own('onError'),
    ReservedConcurrentExecutions: own('reservedConcurrency'),
    Layers: own('layers'),
    VpcConfig: own('vpc'),
    KmsKeyArn: own('kmsKeyArn'),
    LoggingConfig: [[...fn.path, 'logs'], ['provider', 'logs', 'lambda']],
  };
}

function roleOf(ctx: SlsContext, fn: FunctionInfo): unknown {
  const own = fn.config['role'];
  const provided = isRec(ctx.provider['iam']) ? ctx.provider['iam']['role'] : ctx.provider['role'];
  const role = own ?? (typeof provided === 'string' || (isRec(provided) && !('statements' in provided) && !('managedPolicies' in provided) && !('name' in provided)) ? provided : undefined);
  if (role === undefined) return { 'Fn::GetAtt': [ROLE_ID, 'Arn'] };
  // A role name defined under `resources` is written as its logical id.
  if (typeof role === 'string' && /^[A-Za-z0-9]+$/.test(role)) return { 'Fn::GetAtt': [role, 'Arn'] };
  return role;
}

export function usesDefaultRole(ctx: SlsContext, fn: FunctionInfo): boolean {
  const role = roleOf(ctx, fn);
  return isRec(role) && Array.isArray(role['Fn::GetAtt']) && role['Fn::GetAtt'][0] === ROLE_ID;
}

function environment(ctx: SlsContext, fn: FunctionInfo): unknown {
  const provider = ctx.provider['environment'];
  const own = fn.config['environment'];
  if (provider === undefined && own === undefined) return undefined;
  if (!isRec(provider) && provider !== undefined) return { Variables: provider };
  if (!isRec(own) && own !== undefined) return { Variables: own };
  return { Variables: { ...rec(provider), ...rec(own) } };
}

export function addFunction(ctx: SlsContext, fn: FunctionInfo): void {
  const provider = ctx.provider;
  const tracing = fn.config['tracing'] ?? (isRec(provider['tracing']) ? provider['tracing']['lambda'] : undefined);
  const architecture = pick(fn, provider, 'architecture');
  const onError = fn.config['onError'];
  const image = fn.config['image'];
  const origin = { logicalId: fn.name, type: 'Serverless::Function' };
  add(ctx, {
    logicalId: fn.logicalId,
    type: 'AWS::Lambda::Function',
    source: fn.path,
    sources: sourcesOf(fn),
    origin,
    properties: compact({
      FunctionName: fn.functionName,
      Handler: image === undefined ? fn.config['handler'] : undefined,
      Runtime: image === undefined ? pick(fn, provider, 'runtime') : undefined,
      PackageType: image === undefined ? undefined : 'Image',
      // Framework defaults (1024 MB, 6 s) are left out on purpose: rules judge what the project chose.
      MemorySize: pick(fn, provider, 'memorySize'),
      Timeout: pick(fn, provider, 'timeout'),
      Description: fn.config['description'],
      Role: roleOf(ctx, fn),
      Environment: environment(ctx, fn),
      TracingConfig: tracing === undefined ? undefined : { Mode: tracingMode(tracing) },
      Architectures: architecture === undefined ? undefined : [architecture],
      DeadLetterConfig: onError === undefined ? undefined : { TargetArn: onError },
      ReservedConcurrentExecutions: fn.config['reservedConcurrency'],
      Layers: pick(fn, provider, 'layers'),
      VpcConfig: vpcConfig(pick(fn, provider, 'vpc')),
      KmsKeyArn: pick(fn, provider, 'kmsKeyArn'),
      EphemeralStorage: fn.config['ephemeralStorageSize'] === undefined ? undefined : { Size: fn.config['ephemeralStorageSize'] },
      SnapStart: fn.config['snapStart'] === true ? { ApplyOn: 'PublishedVersions' } : undefined,
      LoggingConfig: loggingConfig(fn.config['logs'] ?? rec(ctx.provider['logs'])['lambda']),
    }),
  });
  if (fn.config['disableLogs'] !== true) addLogGroup(ctx, fn);
  addInvokeConfig(ctx, fn);
  addFunctionUrl(ctx, fn);
}

/**
 * `url: true` or `url: {authorizer: aws_iam, cors…}`: a function URL, public (`AuthType: NONE`) unless the
 * authorizer is `aws_iam`, and the permission the framework adds so anyone (or IAM callers) may invoke it.
 */
function addFunctionUrl(ctx: SlsContext, fn: FunctionInfo): void {
  const url = fn.config['url'];
  if (url === undefined || url === false || url === null) return;
  const authorizer = isRec(url) ? url['authorizer'] : undefined;
  const authType = authorizer === undefined ? 'NONE' : authorizer === 'aws_iam' ? 'AWS_IAM' : authorizer;
  const origin = { logicalId: fn.name, type: 'Serverless::Function' };
  const path = [...fn.path, 'url'];
  const sources: Sources = { AuthType: [isRec(url) && url['authorizer'] !== undefined ? [...path, 'authorizer'] : path] };
  add(ctx, {
    logicalId: `${fn.base}LambdaFunctionUrl`,
    type: 'AWS::Lambda::Url',
    source: path,
    sources,
    origin,
    properties: compact({ TargetFunctionArn: { 'Fn::GetAtt': [fn.logicalId, 'Arn'] }, AuthType: authType, InvokeMode: isRec(url) ? url['invokeMode'] : undefined }),
  });
  add(ctx, {
    logicalId: `${fn.base}LambdaPermissionFnUrl`,
    type: 'AWS::Lambda::Permission',
    source: path,
    origin,
    properties: { FunctionName: { 'Fn::GetAtt': [fn.logicalId, 'Arn'] }, Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: authType },
  });
}

/** `logs: {logFormat, applicationLogLevel, systemLogLevel, logGroup}` (function) or `provider.logs.lambda`. */
function loggingConfig(value: unknown): unknown {
  if (!isRec(value)) return undefined;
  const config = compact({ LogFormat: value['logFormat'], ApplicationLogLevel: value['applicationLogLevel'], SystemLogLevel: value['systemLogLevel'], LogGroup: value['logGroup'] });
  return Object.keys(config).length ? config : undefined;
}

function vpcConfig(vpc: unknown): unknown {
  if (!isRec(vpc)) return vpc;
  return compact({ SecurityGroupIds: vpc['securityGroupIds'], SubnetIds: vpc['subnetIds'] });
}

function addLogGroup(ctx: SlsContext, fn: FunctionInfo): void {
  const retention = fn.config['logRetentionInDays'] ?? ctx.provider['logRetentionInDays'];
  const name = typeof fn.functionName === 'string' ? `/aws/lambda/${fn.functionName}` : { 'Fn::Join': ['', ['/aws/lambda/', { Ref: fn.logicalId }]] };
  add(ctx, {
    logicalId: `${fn.base}LogGroup`,
    type: 'AWS::Logs::LogGroup',
    source: fn.path,
    sources: { RetentionInDays: [[...fn.path, 'logRetentionInDays'], ['provider', 'logRetentionInDays']] },
    origin: { logicalId: fn.name, type: 'Serverless::Function' },
    properties: compact({ LogGroupName: name, RetentionInDays: retention }),
  });
}

/** A destination is an ARN, a function of this service, or `{type, arn}`. */
function destinationArn(ctx: SlsContext, value: unknown): unknown {
  if (isRec(value) && 'arn' in value) return value['arn'];
  if (typeof value === 'string' && !value.startsWith('arn:')) {
    const target = functionInfos(ctx).find((f) => f.name === value);
    if (target) return { 'Fn::GetAtt': [target.logicalId, 'Arn'] };
  }
  return value;
}

function addInvokeConfig(ctx: SlsContext, fn: FunctionInfo): void {
  const destinations = rec(fn.config['destinations']);
  const retries = fn.config['maximumRetryAttempts'];
  const age = fn.config['maximumEventAge'];
  const onSuccess = destinations['onSuccess'];
  const onFailure = destinations['onFailure'];
  if (onSuccess === undefined && onFailure === undefined && retries === undefined && age === undefined) return;
  const config = compact({
    OnSuccess: onSuccess === undefined ? undefined : { Destination: destinationArn(ctx, onSuccess) },
    OnFailure: onFailure === undefined ? undefined : { Destination: destinationArn(ctx, onFailure) },
  });
  add(ctx, {
    logicalId: `${fn.base}LambdaEvConf`,
    type: 'AWS::Lambda::EventInvokeConfig',
    source: [...fn.path, 'destinations'],
    sources: { DestinationConfig: [[...fn.path, 'destinations']], MaximumRetryAttempts: [[...fn.path, 'maximumRetryAttempts']] },
    origin: { logicalId: fn.name, type: 'Serverless::Function' },
    properties: compact({
      FunctionName: { Ref: fn.logicalId },
      Qualifier: '$LATEST',
      DestinationConfig: Object.keys(config).length ? config : undefined,
      MaximumRetryAttempts: retries,
      MaximumEventAgeInSeconds: age,
    }),
  });
}

/** `provider.iam.role.statements` (v3) or `provider.iamRoleStatements` (v2), and where they are written. */
function statementsOf(ctx: SlsContext): { statements: unknown[]; path: Path } {
  const iam = rec(ctx.provider['iam']);
  const role = rec(iam['role']);
  if (Array.isArray(role['statements'])) return { statements: role['statements'], path: ['provider', 'iam', 'role', 'statements'] };
  if (Array.isArray(ctx.provider['iamRoleStatements'])) return { statements: ctx.provider['iamRoleStatements'], path: ['provider', 'iamRoleStatements'] };
  return { statements: [], path: ['provider', 'iam'] };
}

export function addExecutionRole(ctx: SlsContext, functions: FunctionInfo[], extra: unknown[]): void {
  if (!functions.some((fn) => usesDefaultRole(ctx, fn))) return;
  const { statements, path } = statementsOf(ctx);
  const logs = `arn:aws:logs:${ctx.region}:*:log-group:/aws/lambda/${ctx.service}-${ctx.stage}*`;
  const base: unknown[] = [
    { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:TagResource'], Resource: [`${logs}:*`] },
    { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: [`${logs}:*:*`] },
  ];
  const iam = rec(ctx.provider['iam']);
  const role = rec(iam['role']);
  const managed = role['managedPolicies'] ?? ctx.provider['iamManagedPolicies'];
  const hasVpc = ctx.provider['vpc'] !== undefined || functions.some((fn) => fn.config['vpc'] !== undefined);
  const managedList = [...(Array.isArray(managed) ? managed : []), ...(hasVpc ? ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'] : [])];
  const all = [...base, ...statements, ...extra];
  const offset = base.length;
  const location = { statementsPath: path, offset, count: statements.length };
  const resource = add(ctx, {
    logicalId: ROLE_ID,
    type: 'AWS::IAM::Role',
    source: path,
    origin: { logicalId: 'provider.iam', type: 'Serverless::Provider' },
    properties: compact({
      RoleName: role['name'] ?? `${ctx.service}-${ctx.stage}-${ctx.region}-lambdaRole`,
      Path: role['path'] ?? '/',
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }] },
      Policies: [{ PolicyName: `${ctx.service}-${ctx.stage}-lambda`, PolicyDocument: { Version: '2012-10-17', Statement: all } }],
      ManagedPolicyArns: managedList.length ? managedList : undefined,
      PermissionsBoundary: role['permissionsBoundary'] ?? iam['permissionsBoundary'],
    }),
  });
  // Statement i of the generated policy is statement i - offset of serverless.yml.
  const fallback = resource.locate;
  resource.locate = (p) => {
    const index = p[4];
    if (p[0] === 'Policies' && p[3] === 'Statement' && typeof index === 'number' && index >= location.offset && index < location.offset + location.count) {
      return at(ctx, [...location.statementsPath, index - location.offset, ...p.slice(5)]);
    }
    return fallback(p);
  };
}

/** Queue and stream names used in ids (`arn:…:orders` → `Orders`). */
export function sourceName(arn: unknown, fallback: string): string {
  const name = arnName(arn);
  return normalizeName(name ?? fallback);
}
