// The YAML/JSON reader: CloudFormation short-form tags, positions of keys and items, duplicate keys, and the
// lenient indentation that js-yaml, PyYAML and SAM CLI accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, type ParsedDocument, type Pos } from '../../src/iac/yaml.js';

function parse(text: string): ParsedDocument {
  return parseDocument('t.yaml', text);
}

function value(text: string): unknown {
  const doc = parse(text);
  assert.deepEqual(doc.errors, []);
  return doc.value;
}

function positionOf(doc: ParsedDocument, path: (string | number)[]): Pos | undefined {
  let current: unknown = doc.value;
  let pos: Pos | undefined;
  for (const step of path) {
    pos = doc.positions.get(current as object)?.get(step);
    current = (current as Record<string | number, unknown>)[step];
  }
  return pos;
}

test('every short-form tag becomes the long form CloudFormation documents', () => {
  const cases: [string, unknown][] = [
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!Sub "arn:${AWS::Partition}:s3:::${Bucket}"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}' }],
    ['!Sub ["${A}-x", {A: !Ref P}]', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'P' } }] }],
    ['!GetAtt Fn.Arn', { 'Fn::GetAtt': ['Fn', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Fn, Arn]', { 'Fn::GetAtt': ['Fn', 'Arn'] }],
    ['!Join ["-", [a, !Ref B]]', { 'Fn::Join': ['-', ['a', { Ref: 'B' }]] }],
    ['!If [IsProd, 1, !Ref AWS::NoValue]', { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap [M, !Ref "AWS::Region", Ami]', { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Ami'] }],
    ['!Base64 hello', { 'Fn::Base64': 'hello' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!ImportValue SharedVpc', { 'Fn::ImportValue': 'SharedVpc' }],
    ['!GetAZs', { 'Fn::GetAZs': '' }],
    ['!Equals [!Ref Env, prod]', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Not [!Condition B]]', { 'Fn::Or': [{ Condition: 'A' }, { 'Fn::Not': [{ Condition: 'B' }] }] }],
    ['!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(value(`V: ${text}\n`), { V: expected }, text);
});

test('a short-form tag in block style keeps the positions of what it wraps', () => {
  const doc = parse('V: !Sub\n  - "${A}"\n  - A: !Ref B\nW: !Transform\n  Name: AWS::Include\n');
  assert.deepEqual(doc.errors, []);
  const sub = (doc.value as { V: { 'Fn::Sub': unknown[] } }).V['Fn::Sub'];
  assert.deepEqual(doc.positions.get(sub)?.get(1), [3, 5]);
  const transform = (doc.value as { W: { 'Fn::Transform': object } }).W['Fn::Transform'];
  assert.deepEqual(doc.positions.get(transform)?.get('Name'), [5, 3]);
});

test('keys and sequence items are located by 1-based line and column, in YAML and JSON', () => {
  const yamlDoc = parse('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Layers:\n        - !Ref L1\n        - arn:aws:lambda:x\n');
  assert.deepEqual(positionOf(yamlDoc, ['Resources']), [1, 1]);
  assert.deepEqual(positionOf(yamlDoc, ['Resources', 'Fn']), [2, 3]);
  assert.deepEqual(positionOf(yamlDoc, ['Resources', 'Fn', 'Properties', 'Layers']), [5, 7]);
  assert.deepEqual(positionOf(yamlDoc, ['Resources', 'Fn', 'Properties', 'Layers', 1]), [7, 11]);
  const jsonDoc = parse('{\n  "Resources": {\n    "Q": {"Type": "AWS::SQS::Queue",\n      "Properties": {"DelaySeconds": 5}}\n  }\n}\n');
  assert.deepEqual(jsonDoc.errors, []);
  assert.deepEqual(positionOf(jsonDoc, ['Resources', 'Q']), [3, 5]);
  assert.deepEqual(positionOf(jsonDoc, ['Resources', 'Q', 'Properties', 'DelaySeconds']), [4, 22]);
});

test('a key written without a value does not shift the positions of the keys after it', () => {
  const doc = parse('M: {a, b: 1, c: 2}\nN:\n  ? k\n  z: 3\n');
  assert.deepEqual(doc.errors, []);
  assert.deepEqual(doc.value, { M: { a: null, b: 1, c: 2 }, N: { k: null, z: 3 } });
  assert.deepEqual(positionOf(doc, ['M', 'b']), [1, 8]);
  assert.deepEqual(positionOf(doc, ['M', 'c']), [1, 14]);
  assert.deepEqual(positionOf(doc, ['N', 'z']), [4, 3]);
});

test('a repeated key is read with the last value winning and reported naming both lines', () => {
  const doc = parse('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 3\n      MemorySize: 128\n      Timeout: 30\n');
  assert.equal((doc.value as { Resources: { Fn: { Properties: { Timeout: number } } } }).Resources.Fn.Properties.Timeout, 30);
  assert.equal(doc.errors.length, 1);
  const [error] = doc.errors;
  assert.equal(error?.code, 'duplicate-key');
  assert.deepEqual([error?.line, error?.column], [7, 7]);
  assert.match(error?.message ?? '', /"Timeout".*lines 5 and 7/);
  assert.deepEqual(error?.data, { key: 'Timeout', first: '5', second: '7' });
  // JSON too, and the later position is the one kept.
  const json = parse('{"A": 1,\n "A": 2}');
  assert.deepEqual(json.value, { A: 2 });
  assert.equal(json.errors[0]?.code, 'duplicate-key');
  assert.deepEqual(positionOf(json, ['A']), [2, 2]);
});

test('merge keys are not reported as duplicates', () => {
  const doc = parse('base: &b {x: 1}\nM:\n  <<: *b\n  <<: {y: 2}\n  z: 3\n');
  assert.deepEqual(doc.errors.filter((e) => e.code === 'duplicate-key'), []);
});

test('duplicates are found however the keys are written: equal after conversion to text, beside merge keys, three times', () => {
  const numeric = parse('M:\n  1: a\n  "1": b\n');
  assert.deepEqual(numeric.errors.map((e) => [e.code, e.line]), [['duplicate-key', 3]]);
  const merged = parse('base: &b {x: 1}\nM:\n  <<: *b\n  z: 3\n  z: 4\n');
  assert.deepEqual(merged.errors.map((e) => [e.code, e.line]), [['duplicate-key', 5]]);
  assert.deepEqual(positionOf(merged, ['M', 'z']), [5, 3]);
  const thrice = parse('A: 1\nA: 2\nA: 3\nB: 4\n');
  assert.deepEqual(thrice.errors.map((e) => (e.data as { first: string; second: string }).first + '-' + (e.data as { second: string }).second), ['1-2', '2-3']);
  assert.deepEqual(positionOf(thrice, ['A']), [3, 1]);
  assert.deepEqual(positionOf(thrice, ['B']), [4, 1]);
  assert.deepEqual(parse('A: 1\nB: 2\n').errors, []);
});

test('indentation that js-yaml, PyYAML and SAM CLI accept is read', () => {
  // Flow collections continued on less indented lines, and block sequences at the level of their key.
  const lenient = [
    'Resources:\n  Fn:\n    Type: AWS::X\n    Properties:\n      List: [\n    a, b\n  ]\n',
    'Resources:\n  Fn:\n    Type: AWS::X\n    Properties:\n      M: {\n  a: 1,\n b: 2 }\n',
    'Resources:\n  Fn:\n    Type: AWS::X\n    Properties:\n      L:\n      - a\n      - b\n',
    'Resources:\n  Fn:\n    Type: AWS::X\n    Properties:\n      L: [a,\n      b\n]\n',
    'Resources:\n  Fn:\n    Type: AWS::X\n    Properties:\n      D: this is\n        long text\n',
    '{\n"Resources": {\n"Fn": {\n"Type": "AWS::X"\n}\n}\n}\n',
    'Resources:\n  Fn:\n    Type:\tAWS::X\t\n',
  ];
  for (const text of lenient) {
    const doc = parse(text);
    assert.deepEqual(doc.errors, [], text);
    assert.ok((doc.value as { Resources: { Fn: unknown } }).Resources.Fn, text);
  }
});

test('a syntax error is an error entry with the line and column where reading stopped', () => {
  const doc = parse('Resources:\n  Fn:\n    Type: AWS::X\n   Bad: [\n');
  assert.equal(doc.value, undefined);
  assert.equal(doc.errors.length, 1);
  assert.equal(doc.errors[0]?.code, 'yaml-syntax');
  assert.ok((doc.errors[0]?.line ?? 0) >= 4, JSON.stringify(doc.errors));
  const unknownTag = parse('V: !Bogus x\n');
  assert.equal(unknownTag.errors[0]?.code, 'yaml-syntax');
  assert.match(unknownTag.errors[0]?.message ?? '', /unknown tag/);
});

test('mentionsInclude: only a document with a scalar AWS::Include (however it is quoted or escaped) may hold an include', () => {
  assert.equal(parse('Resources:\n  A:\n    Type: AWS::S3::Bucket\n').mentionsInclude, false);
  // The name in a comment or inside a longer scalar is not the transform's name.
  assert.equal(parse('# Name: AWS::Include\nA: x AWS::Include\n').mentionsInclude, false);
  assert.equal(parse('A:\n  Fn::Transform:\n    Name: AWS::Include\n').mentionsInclude, true);
  assert.equal(parse('A: {"Fn::Transform": {"Name": "AWS::\\u0049nclude"}}\n').mentionsInclude, true);
  assert.equal(parse('A: !Transform {Name: \'AWS::Include\', Parameters: {Location: x.yaml}}\n').mentionsInclude, true);
});

test('a key is located at its last writing in small and large mappings alike; an absent key nowhere', () => {
  const small = parse('A: 1\nB: 2\nA: 3\n');
  assert.deepEqual(positionOf(small, ['A']), [3, 1]);
  assert.deepEqual(positionOf(small, ['B']), [2, 1]);
  assert.equal(positionOf(small, ['C']), undefined);
  const keys = Array.from({ length: 12 }, (_, i) => `K${i}: ${i}`);
  const large = parse(`${keys.join('\n')}\nK3: again\n`);
  assert.deepEqual(positionOf(large, ['K3']), [13, 1]);
  assert.deepEqual(positionOf(large, ['K11']), [12, 1]);
  assert.equal(positionOf(large, ['K12']), undefined);
  // Asked twice (the second answer from what the first made): the same place.
  assert.deepEqual(positionOf(large, ['K0']), [1, 1]);
  assert.deepEqual(positionOf(large, ['K0']), [1, 1]);
});
