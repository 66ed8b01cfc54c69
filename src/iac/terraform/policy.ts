// `data "aws_iam_policy_document"` → the IAM policy JSON it renders, so a role's statements are checked the
// same whether they are written inline, with jsonencode, or with a policy document data source.
import { evaluate, type Scope } from './expressions.js';
import { plainValue } from './hcl-value.js';
import { symbolic } from '../intrinsics.js';

type Rec = Record<string, unknown>;
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((x): x is Rec => x !== null && typeof x === 'object' && !Array.isArray(x)) : []);

function principals(blocks: Rec[]): Rec | undefined {
  if (blocks.length === 0) return undefined;
  const out: Rec = {};
  for (const block of blocks) {
    const type = typeof block['type'] === 'string' ? block['type'] : 'AWS';
    out[type] = block['identifiers'];
  }
  return out;
}

function conditions(blocks: Rec[]): Rec | undefined {
  if (blocks.length === 0) return undefined;
  const out: Rec = {};
  for (const block of blocks) {
    const test = String(block['test'] ?? '');
    const inner = (out[test] ??= {}) as Rec;
    inner[String(block['variable'] ?? '')] = block['values'];
  }
  return out;
}

export function policyDocument(body: Rec, scope: Scope): unknown {
  const statements = list(body['statement']).map((raw) => {
    const s = evaluate(raw, scope) as Rec;
    const out: Rec = { Effect: s['effect'] ?? 'Allow' };
    if (s['sid'] !== undefined) out['Sid'] = s['sid'];
    if (s['actions'] !== undefined) out['Action'] = s['actions'];
    if (s['not_actions'] !== undefined) out['NotAction'] = s['not_actions'];
    if (s['resources'] !== undefined) out['Resource'] = s['resources'];
    if (s['not_resources'] !== undefined) out['NotResource'] = s['not_resources'];
    const principal = principals(list(s['principals']));
    if (principal) out['Principal'] = principal;
    const notPrincipal = principals(list(s['not_principals']));
    if (notPrincipal) out['NotPrincipal'] = notPrincipal;
    const condition = conditions(list(s['condition']));
    if (condition) out['Condition'] = condition;
    return out;
  });
  // Statements written by a `dynamic "statement"` block are not evaluated: the document ends with an unknown one.
  const dynamic = body['dynamic'];
  const unread = dynamic !== null && typeof dynamic === 'object' && !Array.isArray(dynamic) && 'statement' in dynamic;
  return { Version: plainValue(body['version']) ?? '2012-10-17', Statement: unread ? [...statements, symbolic('dynamic "statement"')] : statements };
}
