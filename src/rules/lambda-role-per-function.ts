// Each function has its own execution role, so its permissions fit its single purpose.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { FUNCTION, isFrameworkHelper } from './support/function-facts.js';
import { directTarget } from '../iac/values.js';

export const lambdaRolePerFunction: Rule = {
  id: 'lambda-role-per-function',
  title: { en: 'Each function has its own execution role', ja: '関数ごとに専用の実行ロールを使用' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_single_purpose_functions' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    shared: {
      en: 'Function {resource} shares role {role} with {others}; each function then holds the permissions of all of them.',
      ja: '関数 {resource} はロール {role} を {others} と共有しています。各関数がそれらすべての権限を持つことになります。',
    },
  },
  docs: {
    description: {
      en: 'Fails a function whose `Role` references an `AWS::IAM::Role` of the template that another function also uses. Roles outside the template are not judged.',
      ja: '`Role` がテンプレート内の `AWS::IAM::Role` を参照し、そのロールをほかの関数も使っている関数を不合格とします。テンプレート外のロールは判定しません。',
    },
    rationale: {
      en: 'A shared role is the union of every sharer\'s needs: a flaw in one function can then use permissions that only another needed.',
      ja: '共有ロールは共有するすべての関数の必要な権限の和になります。ある関数の欠陥が、別の関数にしか必要のない権限を悪用できてしまいます。',
    },
    fix: { en: 'Give each function its own role with only the actions and resources it uses (SAM creates one per function when `Role` is omitted).', ja: '関数ごとに、使うアクションとリソースだけを許可するロールを作ります（SAM は `Role` を省略すると関数ごとに作成します）。' },
    links: [{ title: 'Defining Lambda function permissions with an execution role', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const roleId = directTarget(resource.properties['Role']);
    const role = roleId ? graph.get(roleId) : undefined;
    if (!role || role.type !== 'AWS::IAM::Role') return NOT_APPLICABLE;
    const others = graph.ofType(FUNCTION).filter((fn) => fn !== resource && !isFrameworkHelper(fn) && directTarget(fn.properties['Role']) === role.logicalId);
    if (others.length === 0) return PASS;
    return fail('shared', { role: role.logicalId, others: others.map((o) => o.logicalId).join(', ') }, ['Role']);
  },
};
