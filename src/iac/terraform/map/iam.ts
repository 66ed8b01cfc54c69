// IAM roles and managed policies (inline policies, attachments and role policies are folded in by links.ts).
import { isSymbolic } from '../../values.js';
import { blocks, compact, json, type Mappings } from './shared.js';

/** `inline_policy` blocks → `Policies`; one written by a `dynamic` block (unknown, see module.ts) stays unknown. */
function inlinePolicies(value: unknown): unknown {
  if (isSymbolic(value)) return value;
  const policies: unknown[] = blocks(value).map((p) => compact({ PolicyName: p['name'], PolicyDocument: json(p['policy']) }));
  if (Array.isArray(value)) policies.push(...value.filter(isSymbolic));
  return policies.length ? policies : undefined;
}

export const IAM: Mappings = {
  aws_iam_role: (v) => ({
    type: 'AWS::IAM::Role',
    properties: compact({
      RoleName: v['name'],
      Path: v['path'],
      AssumeRolePolicyDocument: json(v['assume_role_policy']),
      ManagedPolicyArns: v['managed_policy_arns'],
      PermissionsBoundary: v['permissions_boundary'],
      Policies: inlinePolicies(v['inline_policy']),
    }),
    renames: { RoleName: 'name', AssumeRolePolicyDocument: 'assume_role_policy', Policies: 'inline_policy' },
  }),
  aws_iam_policy: (v) => ({ type: 'AWS::IAM::ManagedPolicy', properties: compact({ ManagedPolicyName: v['name'], PolicyDocument: json(v['policy']), Path: v['path'] }), renames: { ManagedPolicyName: 'name', PolicyDocument: 'policy' } }),
};
