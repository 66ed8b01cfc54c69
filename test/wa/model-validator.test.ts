// The model validator the W-A API tests rely on must itself catch what is wrong: a missing required member,
// an unknown member, a bad enum, a length over the limit, a pattern, a timestamp that is not epoch seconds,
// and an error type the operation does not declare.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadModel, operationFor, validateResponse } from '../helpers/wa-model.js';

const ok = new Headers();
const errorHeaders = (type: string) => new Headers({ 'x-amzn-errortype': type });

test('the fixture is the full W-A model and requests map to its operations', () => {
  const model = loadModel();
  assert.equal(model.metadata.apiVersion, '2020-03-31');
  assert.equal(Object.keys(model.operations).length, 72);
  assert.equal(operationFor('PATCH', '/workloads/0123/lensReviews/serverless/answers/ops_q1'), 'UpdateAnswer');
  assert.equal(operationFor('GET', '/workloads/0123/lensReviews/serverless/answers?MaxResults=2'), 'ListAnswers');
  assert.equal(operationFor('POST', '/workloadsSummaries'), 'ListWorkloads');
});

test('good responses pass and each kind of fault is named', () => {
  const id = '0123456789abcdef0123456789abcdef';
  assert.deepEqual(validateResponse('CreateWorkload', 200, ok, JSON.stringify({ WorkloadId: id, WorkloadArn: 'arn' })), []);
  assert.deepEqual(validateResponse('DeleteWorkload', 200, ok, ''), []);
  const faults: [string, number, Headers, unknown, RegExp][] = [
    ['CreateWorkload', 200, ok, { WorkloadId: 'XYZ' }, /does not match|fewer than 32/],
    ['CreateWorkload', 200, ok, { WorkloadId: id, Extra: 1 }, /unknown member Extra/],
    ['GetWorkload', 200, ok, { Workload: { Environment: 'STAGING' } }, /not one of PRODUCTION, PREPRODUCTION/],
    ['GetWorkload', 200, ok, { Workload: { UpdatedAt: '2026-12-06T00:00:00Z' } }, /not epoch seconds/],
    ['GetWorkload', 200, ok, { Workload: { RiskCounts: { LOW: 1 } } }, /"LOW" is not one of/],
    ['GetAnswer', 200, ok, { Answer: { HelpfulResourceDisplayText: 'x'.repeat(65) } }, /65 characters, more than 64/],
    ['GetAnswer', 200, ok, { Answer: { Choices: [{ Title: '' }] } }, /fewer than 1/],
    ['GetAnswer', 404, errorHeaders('ResourceNotFoundException'), { Message: 'gone' }, /required member ResourceId is missing/],
    ['GetAnswer', 409, errorHeaders('ConflictException'), { Message: 'x', ResourceId: 'a', ResourceType: 'b' }, /not an error this operation declares/],
    ['GetAnswer', 500, new Headers(), { Message: 'x' }, /without an x-amzn-errortype/],
    ['GetMilestone', 200, ok, { Milestone: { MilestoneNumber: 0 } }, /below 1/],
  ];
  for (const [operation, status, headers, body, expected] of faults) {
    const problems = validateResponse(operation, status, headers, JSON.stringify(body));
    assert.ok(problems.some((p) => expected.test(p)), `${operation} ${JSON.stringify(body)}: ${problems.join(' | ')}`);
  }
});
