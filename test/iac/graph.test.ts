// The resource graph's lookups: resources of one type or of several, in the order asked and written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/iac/graph.js';
import { resource } from '../scan/build.js';

const graph = buildGraph([
  resource('t.yaml', { id: 'Q1', type: 'AWS::SQS::Queue', line: 1 }),
  resource('t.yaml', { id: 'F1', type: 'AWS::Lambda::Function', line: 2 }),
  resource('t.yaml', { id: 'Q2', type: 'AWS::SQS::Queue', line: 3 }),
  resource('t.yaml', { id: 'T1', type: 'AWS::SNS::Topic', line: 4 }),
]);
const ids = (list: readonly { logicalId: string }[]) => list.map((r) => r.logicalId);

test('ofType: one type in the order written, several types in the order asked, nothing for an absent type', () => {
  assert.deepEqual(ids(graph.ofType('AWS::SQS::Queue')), ['Q1', 'Q2']);
  assert.deepEqual(ids(graph.ofType('AWS::SNS::Topic', 'AWS::SQS::Queue')), ['T1', 'Q1', 'Q2']);
  assert.deepEqual(ids(graph.ofType('AWS::SQS::Queue', 'AWS::SNS::Topic')), ['Q1', 'Q2', 'T1']);
  assert.deepEqual(ids(graph.ofType('AWS::S3::Bucket', 'AWS::Lambda::Function')), ['F1']);
  assert.deepEqual(ids(graph.ofType('AWS::S3::Bucket', 'AWS::DynamoDB::Table')), []);
  assert.deepEqual(ids(graph.ofType('AWS::S3::Bucket')), []);
});

test('ofType: asking for the same types again gives the same answer, and other types their own', () => {
  const first = graph.ofType('AWS::Lambda::Function', 'AWS::SNS::Topic');
  assert.equal(graph.ofType('AWS::Lambda::Function', 'AWS::SNS::Topic'), first);
  assert.deepEqual(ids(graph.ofType('AWS::Lambda::Function', 'AWS::SQS::Queue')), ['F1', 'Q1', 'Q2']);
  assert.deepEqual(ids(first), ['F1', 'T1']);
});
