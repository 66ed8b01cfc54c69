// AWS::Serverless::Function → AWS::Lambda::Function plus what SAM generates beside it: the execution role
// (with Policies), Version/Alias (AutoPublishAlias), CodeDeploy (DeploymentPreference), EventInvokeConfig
// (with auto-created failure queue/topic), the function URL, and one set of resources per event.
import { type Path } from '../build.js';
import { isRecord } from '../values.js';
import { resolveValue, symbolic } from '../intrinsics.js';
import { emit, getAtt, pick, record, ref, uniqueId, type Sam, type SamSource } from './context.js';
import { expandEvent, type EventTarget } from './events.js';

/** Properties that CloudFormation's AWS::Lambda::Function has under the same name as SAM's. */
const SAME_NAME = [
  'FunctionName', 'Handler', 'Runtime', 'MemorySize', 'Timeout', 'Description', 'Environment', 'KmsKeyArn', 'Layers',
  'ReservedConcurrentExecutions', 'Architectures', 'SnapStart', 'CodeSigningConfigArn', 'VpcConfig', 'LoggingConfig',
  'EphemeralStorage', 'FileSystemConfigs', 'RuntimeManagementConfig', 'RecursiveLoop', 'ImageConfig', 'PackageType', 'Tags',
];

const LAMBDA_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['lambda.amazonaws.com'] } }],
};

const MANAGED = (name: string) => `arn:aws:iam::aws:policy/${name}`;

function functionPath(path: Path): Path | undefined {
  const [head, ...rest] = path;
  if (head === 'TracingConfig') return ['Tracing'];
  if (head === 'DeadLetterConfig') return ['DeadLetterQueue', ...rest];
  if (head === 'Code') return ['CodeUri'];
  if (head === 'Role') return ['Role'];
  return path;
}

export function expandFunction(sam: Sam, src: SamSource): void {
  const p = src.props;
  const id = src.id;
  const fn: Record<string, unknown> = pick(p, SAME_NAME);
  // Tags: SAM takes a map and adds `lambda:createdBy: SAM`; CloudFormation wants a list of Key/Value.
  if (isRecord(p['Tags'])) fn['Tags'] = Object.entries(record(p['Tags'])).map(([Key, Value]) => ({ Key, Value }));
  const tracing = resolveValue(p['Tracing'], sam.ctx.resolve);
  if (p['Tracing'] !== undefined && tracing !== 'Disabled') fn['TracingConfig'] = { Mode: p['Tracing'] };
  const dlq = record(p['DeadLetterQueue']);
  if (dlq['TargetArn'] !== undefined) fn['DeadLetterConfig'] = { TargetArn: dlq['TargetArn'] };
  if (p['InlineCode'] !== undefined) fn['Code'] = { ZipFile: p['InlineCode'] };
  else if (p['ImageUri'] !== undefined) fn['Code'] = { ImageUri: p['ImageUri'] };
  else if (p['CodeUri'] !== undefined) fn['Code'] = typeof p['CodeUri'] === 'string' ? { S3Key: p['CodeUri'] } : p['CodeUri'];
  let roleId: string | undefined;
  if (p['Role'] !== undefined) fn['Role'] = p['Role'];
  else {
    roleId = uniqueId(sam, `${id}Role`);
    fn['Role'] = getAtt(roleId, 'Arn');
  }
  emit(sam, src, { logicalId: id, type: 'AWS::Lambda::Function', properties: fn, map: functionPath });
  if (roleId) expandRole(sam, src, roleId, tracing === 'Active');

  // AutoPublishAlias: events, destinations and permissions then target the alias.
  let aliasId: string | undefined;
  let aliasName: unknown;
  if (p['AutoPublishAlias'] !== undefined) {
    aliasName = resolveValue(p['AutoPublishAlias'], sam.ctx.resolve);
    const versionId = uniqueId(sam, `${id}Version`);
    aliasId = uniqueId(sam, `${id}Alias${typeof aliasName === 'string' ? aliasName : ''}`);
    emit(sam, src, { logicalId: versionId, type: 'AWS::Lambda::Version', properties: { FunctionName: ref(id) }, map: () => ['AutoPublishAlias'] });
    const alias: Record<string, unknown> = { FunctionName: ref(id), FunctionVersion: getAtt(versionId, 'Version'), Name: p['AutoPublishAlias'] };
    if (p['ProvisionedConcurrencyConfig'] !== undefined) alias['ProvisionedConcurrencyConfig'] = p['ProvisionedConcurrencyConfig'];
    const groupId = expandDeploymentPreference(sam, src);
    emit(sam, src, {
      logicalId: aliasId,
      type: 'AWS::Lambda::Alias',
      properties: alias,
      map: (path) => (path[0] === 'ProvisionedConcurrencyConfig' ? path : ['AutoPublishAlias']),
      ...(groupId ? { updatePolicy: { CodeDeployLambdaAliasUpdate: { ApplicationName: ref('ServerlessDeploymentApplication'), DeploymentGroupName: ref(groupId) } } } : {}),
    });
  }
  const target: EventTarget = {
    kind: 'function',
    source: src,
    arn: aliasId ? ref(aliasId) : getAtt(id, 'Arn'),
    functionName: aliasId ? ref(aliasId) : ref(id),
  };
  expandEventInvokeConfig(sam, src, aliasName);
  expandFunctionUrl(sam, src, target);
  for (const [name, event] of Object.entries(record(p['Events']))) expandEvent(sam, target, name, record(event));
}

function expandRole(sam: Sam, src: SamSource, roleId: string, tracing: boolean): void {
  const p = src.props;
  const managed: unknown[] = [MANAGED('service-role/AWSLambdaBasicExecutionRole')];
  if (tracing) managed.push(MANAGED('AWSXrayWriteOnlyAccess'));
  if (p['VpcConfig'] !== undefined) managed.push(MANAGED('service-role/AWSLambdaVPCAccessExecutionRole'));
  const inline: unknown[] = [];
  const templates: string[] = [];
  const policies = p['Policies'];
  const list = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
  list.forEach((policy, index) => {
    const name = `${roleId}Policy${index}`;
    if (typeof policy === 'string') managed.push(policy.startsWith('arn:') ? policy : MANAGED(policy));
    else if (record(policy)['Statement'] !== undefined) inline.push({ PolicyName: name, PolicyDocument: policy });
    else {
      const keys = Object.keys(record(policy));
      const only = keys.length === 1 ? (keys[0] as string) : undefined;
      if (only && (only === 'Ref' || only.startsWith('Fn::'))) managed.push(policy);
      else if (only) {
        // A SAM policy template: its statements are SAM's, not written here — unknown to rules, named for evidence.
        templates.push(only);
        inline.push({ PolicyName: name, PolicyDocument: symbolic({ SamPolicyTemplate: policy }) });
      }
    }
  });
  const dlq = record(p['DeadLetterQueue']);
  if (dlq['TargetArn'] !== undefined) {
    const action = dlq['Type'] === 'SNS' ? 'sns:Publish' : 'sqs:SendMessage';
    inline.push({ PolicyName: `${roleId}DeadLetterQueuePolicy`, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: dlq['TargetArn'] }] } });
  }
  const role: Record<string, unknown> = { AssumeRolePolicyDocument: p['AssumeRolePolicyDocument'] ?? LAMBDA_TRUST, ManagedPolicyArns: managed };
  if (inline.length) role['Policies'] = inline;
  if (p['PermissionsBoundary'] !== undefined) role['PermissionsBoundary'] = p['PermissionsBoundary'];
  if (p['RolePath'] !== undefined) role['Path'] = p['RolePath'];
  emit(sam, src, {
    logicalId: roleId,
    type: 'AWS::IAM::Role',
    properties: role,
    map: (path) => (path[0] === 'Policies' || path[0] === 'ManagedPolicyArns' ? ['Policies'] : path[0] === 'Path' ? ['RolePath'] : path[0] === 'PermissionsBoundary' ? path : undefined),
    ...(templates.length ? { metadata: { 'slens:samPolicyTemplates': templates } } : {}),
  });
}

function expandDeploymentPreference(sam: Sam, src: SamSource): string | undefined {
  const pref = record(src.props['DeploymentPreference']);
  if (src.props['DeploymentPreference'] === undefined || resolveValue(pref['Enabled'], sam.ctx.resolve) === false) return undefined;
  if (!sam.codeDeployApp && !sam.ctx.ids.has('ServerlessDeploymentApplication')) {
    sam.codeDeployApp = true;
    emit(sam, src, { logicalId: 'ServerlessDeploymentApplication', type: 'AWS::CodeDeploy::Application', properties: { ComputePlatform: 'Lambda' }, map: () => ['DeploymentPreference'] });
  }
  const type = resolveValue(pref['Type'], sam.ctx.resolve);
  const group: Record<string, unknown> = {
    ApplicationName: ref('ServerlessDeploymentApplication'),
    DeploymentConfigName: typeof type === 'string' ? `CodeDeployDefault.Lambda${type}` : pref['Type'],
    DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
    AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'] },
  };
  if (pref['Alarms'] !== undefined) group['AlarmConfiguration'] = { Enabled: true, Alarms: Array.isArray(pref['Alarms']) ? pref['Alarms'].map((Name) => ({ Name })) : pref['Alarms'] };
  if (pref['TriggerConfigurations'] !== undefined) group['TriggerConfigurations'] = pref['TriggerConfigurations'];
  if (pref['Role'] !== undefined) group['ServiceRoleArn'] = pref['Role'];
  const groupId = uniqueId(sam, `${src.id}DeploymentGroup`);
  emit(sam, src, {
    logicalId: groupId,
    type: 'AWS::CodeDeploy::DeploymentGroup',
    properties: group,
    map: (path) => (path[0] === 'AlarmConfiguration' ? ['DeploymentPreference', 'Alarms'] : path[0] === 'DeploymentConfigName' ? ['DeploymentPreference', 'Type'] : ['DeploymentPreference']),
    metadata: pref['Hooks'] !== undefined ? { 'slens:deploymentHooks': pref['Hooks'] } : {},
  });
  return groupId;
}

function expandEventInvokeConfig(sam: Sam, src: SamSource, aliasName: unknown): void {
  const config = record(src.props['EventInvokeConfig']);
  if (src.props['EventInvokeConfig'] === undefined) return;
  const out: Record<string, unknown> = { FunctionName: ref(src.id), Qualifier: typeof aliasName === 'string' ? aliasName : src.props['AutoPublishAlias'] ?? '$LATEST' };
  if (config['MaximumEventAgeInSeconds'] !== undefined) out['MaximumEventAgeInSeconds'] = config['MaximumEventAgeInSeconds'];
  if (config['MaximumRetryAttempts'] !== undefined) out['MaximumRetryAttempts'] = config['MaximumRetryAttempts'];
  const destinations = record(config['DestinationConfig']);
  const destinationConfig: Record<string, unknown> = {};
  for (const when of ['OnSuccess', 'OnFailure'] as const) {
    const d = record(destinations[when]);
    if (destinations[when] === undefined) continue;
    let destination = d['Destination'];
    const type = d['Type'];
    if (destination === undefined && (type === 'SQS' || type === 'SNS')) {
      // SAM creates the queue or topic when only the type is given.
      const made = uniqueId(sam, `${src.id}EventInvokeConfig${when}${type === 'SQS' ? 'Queue' : 'Topic'}`);
      emit(sam, src, { logicalId: made, type: type === 'SQS' ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic', properties: {}, map: () => ['EventInvokeConfig', 'DestinationConfig', when] });
      destination = type === 'SQS' ? getAtt(made, 'Arn') : ref(made);
    }
    destinationConfig[when] = destination === undefined ? {} : { Destination: destination };
  }
  if (Object.keys(destinationConfig).length) out['DestinationConfig'] = destinationConfig;
  emit(sam, src, {
    logicalId: uniqueId(sam, `${src.id}EventInvokeConfig`),
    type: 'AWS::Lambda::EventInvokeConfig',
    properties: out,
    map: (path) => (path[0] === 'FunctionName' || path[0] === 'Qualifier' ? ['EventInvokeConfig'] : ['EventInvokeConfig', ...path.map((s) => (s === 'Destination' ? 'Destination' : s))]),
  });
}

function expandFunctionUrl(sam: Sam, src: SamSource, target: EventTarget): void {
  const config = record(src.props['FunctionUrlConfig']);
  if (src.props['FunctionUrlConfig'] === undefined) return;
  const url: Record<string, unknown> = { TargetFunctionArn: target.functionName, ...pick(config, ['AuthType', 'Cors', 'InvokeMode']) };
  emit(sam, src, { logicalId: uniqueId(sam, `${src.id}Url`), type: 'AWS::Lambda::Url', properties: url, map: (path) => ['FunctionUrlConfig', ...path] });
  if (resolveValue(config['AuthType'], sam.ctx.resolve) === 'NONE') {
    emit(sam, src, {
      logicalId: uniqueId(sam, `${src.id}UrlPublicPermissions`),
      type: 'AWS::Lambda::Permission',
      properties: { Action: 'lambda:InvokeFunctionUrl', FunctionName: target.functionName, Principal: '*', FunctionUrlAuthType: 'NONE' },
      map: () => ['FunctionUrlConfig', 'AuthType'],
    });
  }
}
