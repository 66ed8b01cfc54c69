// The smaller SAM types: StateMachine (with its role and events), SimpleTable, LayerVersion, Application,
// GraphQLApi. Each becomes the CloudFormation resource SAM would make, keeping the SAM source's positions.
import { isRecord } from '../values.js';
import { resolveValue, symbolic } from '../intrinsics.js';
import { emit, getAtt, pick, record, ref, uniqueId, type Sam, type SamSource } from './context.js';
import { expandEvent, type EventTarget } from './events.js';

export function expandStateMachine(sam: Sam, src: SamSource): void {
  const p = src.props;
  const sm: Record<string, unknown> = {};
  if (p['Definition'] !== undefined) sm['Definition'] = p['Definition'];
  if (p['DefinitionUri'] !== undefined) sm[typeof p['DefinitionUri'] === 'string' ? 'DefinitionS3Location' : 'DefinitionS3Location'] = p['DefinitionUri'];
  if (p['DefinitionSubstitutions'] !== undefined) sm['DefinitionSubstitutions'] = p['DefinitionSubstitutions'];
  if (p['Logging'] !== undefined) sm['LoggingConfiguration'] = p['Logging'];
  if (p['Tracing'] !== undefined) sm['TracingConfiguration'] = p['Tracing'];
  if (p['Type'] !== undefined) sm['StateMachineType'] = p['Type'];
  if (p['Name'] !== undefined) sm['StateMachineName'] = p['Name'];
  if (p['Tags'] !== undefined) sm['Tags'] = p['Tags'];
  let roleId: string | undefined;
  if (p['Role'] !== undefined) sm['RoleArn'] = p['Role'];
  else {
    roleId = uniqueId(sam, `${src.id}Role`);
    sm['RoleArn'] = getAtt(roleId, 'Arn');
  }
  const renamed: Record<string, string> = { LoggingConfiguration: 'Logging', TracingConfiguration: 'Tracing', StateMachineType: 'Type', StateMachineName: 'Name', RoleArn: 'Role', DefinitionS3Location: 'DefinitionUri' };
  emit(sam, src, { logicalId: src.id, type: 'AWS::StepFunctions::StateMachine', properties: sm, map: (path) => (typeof path[0] === 'string' && renamed[path[0]] ? [renamed[path[0]] as string, ...path.slice(1)] : path) });
  if (roleId) {
    const policies = p['Policies'];
    const list = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
    const managed: unknown[] = [];
    const inline: unknown[] = [];
    const templates: string[] = [];
    list.forEach((policy, i) => {
      if (typeof policy === 'string') managed.push(policy.startsWith('arn:') ? policy : `arn:aws:iam::aws:policy/${policy}`);
      else if (record(policy)['Statement'] !== undefined) inline.push({ PolicyName: `${roleId}Policy${i}`, PolicyDocument: policy });
      else {
        const name = Object.keys(record(policy))[0];
        if (name && !name.startsWith('Fn::') && name !== 'Ref') {
          templates.push(name);
          inline.push({ PolicyName: `${roleId}Policy${i}`, PolicyDocument: symbolic({ SamPolicyTemplate: policy }) });
        } else managed.push(policy);
      }
    });
    const role: Record<string, unknown> = {
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['states.amazonaws.com'] } }] },
      ...(managed.length ? { ManagedPolicyArns: managed } : {}),
      ...(inline.length ? { Policies: inline } : {}),
      ...pick(p, ['PermissionsBoundary']),
    };
    emit(sam, src, { logicalId: roleId, type: 'AWS::IAM::Role', properties: role, map: (path) => (path[0] === 'Policies' || path[0] === 'ManagedPolicyArns' ? ['Policies'] : undefined), ...(templates.length ? { metadata: { 'slens:samPolicyTemplates': templates } } : {}) });
  }
  const target: EventTarget = { kind: 'stateMachine', source: src, arn: ref(src.id) };
  for (const [name, event] of Object.entries(record(p['Events']))) expandEvent(sam, target, name, record(event));
}

const ATTRIBUTE_TYPE: Record<string, string> = { String: 'S', Number: 'N', Binary: 'B' };

export function expandSimpleTable(sam: Sam, src: SamSource): void {
  const p = src.props;
  const key = record(p['PrimaryKey']);
  const name = key['Name'] ?? 'id';
  const type = resolveValue(key['Type'], sam.ctx.resolve);
  const table: Record<string, unknown> = {
    KeySchema: [{ AttributeName: name, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: name, AttributeType: typeof type === 'string' ? (ATTRIBUTE_TYPE[type] ?? type) : 'S' }],
    ...pick(p, ['TableName', 'ProvisionedThroughput', 'SSESpecification', 'PointInTimeRecoverySpecification']),
  };
  if (p['ProvisionedThroughput'] === undefined) table['BillingMode'] = 'PAY_PER_REQUEST';
  if (isRecord(p['Tags'])) table['Tags'] = Object.entries(record(p['Tags'])).map(([Key, Value]) => ({ Key, Value }));
  emit(sam, src, { logicalId: src.id, type: 'AWS::DynamoDB::Table', properties: table, map: (path) => (path[0] === 'KeySchema' || path[0] === 'AttributeDefinitions' ? ['PrimaryKey'] : path) });
}

export function expandLayer(sam: Sam, src: SamSource): void {
  const p = src.props;
  const layer: Record<string, unknown> = pick(p, ['LayerName', 'Description', 'CompatibleRuntimes', 'CompatibleArchitectures', 'LicenseInfo']);
  if (p['ContentUri'] !== undefined) layer['Content'] = typeof p['ContentUri'] === 'string' ? { S3Key: p['ContentUri'] } : p['ContentUri'];
  emit(sam, src, { logicalId: src.id, type: 'AWS::Lambda::LayerVersion', properties: layer, map: (path) => (path[0] === 'Content' ? ['ContentUri'] : path) });
}

export function expandApplication(sam: Sam, src: SamSource): void {
  const p = src.props;
  const stack: Record<string, unknown> = { TemplateURL: p['Location'], ...pick(p, ['Parameters', 'NotificationARNs', 'Tags', 'TimeoutInMinutes']) };
  emit(sam, src, { logicalId: src.id, type: 'AWS::CloudFormation::Stack', properties: stack, map: (path) => (path[0] === 'TemplateURL' ? ['Location'] : path) });
}

export function expandGraphQLApi(sam: Sam, src: SamSource): void {
  const p = src.props;
  const auth = record(p['Auth']);
  const api: Record<string, unknown> = { Name: p['Name'] ?? src.id, AuthenticationType: auth['Type'], ...pick(p, ['XrayEnabled', 'Tags', 'Visibility', 'IntrospectionConfig', 'QueryDepthLimit', 'ResolverCountLimit', 'ApiType', 'OwnerContact']) };
  if (p['Logging'] !== undefined) api['LogConfig'] = p['Logging'];
  emit(sam, src, { logicalId: src.id, type: 'AWS::AppSync::GraphQLApi', properties: api, map: (path) => (path[0] === 'AuthenticationType' ? ['Auth', 'Type'] : path[0] === 'LogConfig' ? ['Logging', ...path.slice(1)] : path) });
}

/** SAM types without a CloudFormation counterpart here (Connector, …): kept as they are, for evidence. */
export function keepAsIs(sam: Sam, src: SamSource): void {
  emit(sam, src, { logicalId: src.id, type: src.type, properties: src.props });
}
