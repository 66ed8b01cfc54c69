// A large CDK stack synthesized with the real aws-cdk-lib (a dev dependency): `services` times a table, a queue
// and a function fed by the queue, with a REST API in front of every tenth, as `cdk synth` writes it
// (one-space indentation, path metadata). Returns the template's text; the cloud assembly stays in `outdir`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { LambdaRestApi } from 'aws-cdk-lib/aws-apigateway';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue } from 'aws-cdk-lib/aws-sqs';

export function synthesizeServices(outdir: string, services: number): string {
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true } });
  const stack = new Stack(app, 'Services');
  for (let i = 0; i < services; i++) {
    const table = new Table(stack, `Table${i}`, { partitionKey: { name: 'id', type: AttributeType.STRING } });
    const queue = new Queue(stack, `Queue${i}`, { visibilityTimeout: Duration.seconds(90) });
    const fn = new Function(stack, `Handler${i}`, {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      environment: { TABLE: table.tableName },
      tracing: Tracing.ACTIVE,
    });
    table.grantReadWriteData(fn);
    fn.addEventSource(new SqsEventSource(queue));
    if (i % 10 === 0) new LambdaRestApi(stack, `Api${i}`, { handler: fn });
  }
  app.synth();
  return readFileSync(join(outdir, 'Services.template.json'), 'utf8');
}
