// A real `cdk synth` output (aws-cdk-lib, synthesized into a temporary folder) takes the JSON fast path and
// reads exactly as the js-yaml path reads it, as does the cloud assembly manifest beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { LambdaRestApi } from 'aws-cdk-lib/aws-apigateway';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { parseJsonDocument } from '../../src/iac/json-fast.js';
import { parseDocumentJsYaml } from '../../src/iac/yaml.js';
import { parsedDifferences } from '../helpers/parsed-compare.js';

const out = mkdtempSync(join(tmpdir(), 'slens-json-fast-'));
test.after(() => rmSync(out, { recursive: true, force: true }));

test('a cdk synth template takes the fast path and reads as js-yaml reads it', () => {
  const app = new App({ outdir: out, context: { 'aws:cdk:enable-path-metadata': true } });
  const stack = new Stack(app, 'Shop');
  const table = new Table(stack, 'Orders', { partitionKey: { name: 'id', type: AttributeType.STRING } });
  const queue = new Queue(stack, 'Jobs', { visibilityTimeout: Duration.seconds(90), deadLetterQueue: { queue: new Queue(stack, 'Dlq'), maxReceiveCount: 3 } });
  const fn = new Function(stack, 'Handler', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok\\n" });'),
    environment: { TABLE: table.tableName, BUCKET: new Bucket(stack, 'Files').bucketName, NOTE: 'ünïcødé "quoted" \\ back' },
    tracing: Tracing.ACTIVE,
    memorySize: 1769,
    timeout: Duration.seconds(29),
  });
  table.grantReadWriteData(fn);
  fn.addEventSource(new SqsEventSource(queue, { batchSize: 10 }));
  new LambdaRestApi(stack, 'Api', { handler: fn, deployOptions: { throttlingRateLimit: 12.5, throttlingBurstLimit: 20 } });
  app.synth();

  const templates = readdirSync(out).filter((name) => name.endsWith('.template.json'));
  assert.deepEqual(templates, ['Shop.template.json']);
  const file = join(out, 'Shop.template.json');
  const text = readFileSync(file, 'utf8');
  const fast = parseJsonDocument(text);
  assert.ok(fast, 'the fast path declined the cdk synth output');
  const resources = (fast.value as { Resources: Record<string, unknown> }).Resources;
  assert.ok(Object.keys(resources).length >= 15, `only ${Object.keys(resources).length} resources`);
  assert.deepEqual(parsedDifferences(fast, parseDocumentJsYaml(file, text), 20), []);
  // The cloud assembly's manifest is JSON too.
  const manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
  const manifestDoc = parseJsonDocument(manifest);
  assert.ok(manifestDoc);
  assert.deepEqual(parsedDifferences(manifestDoc, parseDocumentJsYaml('manifest.json', manifest)), []);
});
