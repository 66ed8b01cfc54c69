// IAM roles and managed policies (inline policies, attachments and role policies are folded in by links.ts).
import { blocks, compact, json, type Mappings } from './shared.js';

export const IAM: Mappings = {
  aws_iam_role: (v) => ({
    type: 'AWS::IAM::Role',
    properties: compact({
      RoleName: v['name'],
      Path: v['path'],
      AssumeRolePolicyDocument: json(v['assume_role_policy']),
      ManagedPolicyArns: v['managed_policy_arns'],
      PermissionsBoundary: v['permissions_boundary'],
      Policies: blocks(v['inline_policy']).length ? blocks(v['inline_policy']).map((p) => compact({ PolicyName: p['name'], PolicyDocument: json(p['policy']) })) : undefined,
    }),
    renames: { RoleName: 'name', AssumeRolePolicyDocument: 'assume_role_policy', Policies: 'inline_policy' },
  }),
  aws_iam_policy: (v) => ({ type: 'AWS::IAM::ManagedPolicy', properties: compact({ ManagedPolicyName: v['name'], PolicyDocument: json(v['policy']), Path: v['path'] }), renames: { ManagedPolicyName: 'name', PolicyDocument: 'policy' } }),
};
