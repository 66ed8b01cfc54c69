// A small CDK app (a function behind a REST API, fed by a queue) checked by slens during `cdk synth`.
// `buildApp({ fixed: false })` is the first draft with findings; `fixed: true` is the same app once fixed.
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Architecture, Code, Function, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { AccessLogFormat, AuthorizationType, LambdaRestApi, LogGroupLogDestination, MethodLoggingLevel } from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { SlensValidator } from 'slens/cdk';

const HANDLER = 'exports.handler = async () => ({ statusCode: 200, body: "ok" });';

export function buildApp({ fixed = false, outdir, failOn = 'error', lang = 'en', today } = {}) {
  const app = new App({
    ...(outdir ? { outdir } : {}),
    // What `cdk synth` sets: each resource names its construct path, which slens shows beside the logical id.
    context: { 'aws:cdk:enable-path-metadata': true },
    policyValidationBeta1: [new SlensValidator({ failOn, lang, ...(today ? { today } : {}) })],
  });
  const stack = new Stack(app, 'Orders');
  const failures = fixed ? new Queue(stack, 'OrdersDlq', { retentionPeriod: Duration.days(14) }) : undefined;
  const queue = new Queue(stack, 'OrdersQueue', {
    visibilityTimeout: Duration.seconds(60),
    ...(failures ? { deadLetterQueue: { queue: failures, maxReceiveCount: 5 } } : {}),
  });
  const fn = new Function(stack, 'Handler', {
    runtime: fixed ? Runtime.NODEJS_22_X : Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: Code.fromInline(HANDLER),
    memorySize: 512,
    timeout: Duration.seconds(10),
    ...(fixed ? { architecture: Architecture.ARM_64, tracing: Tracing.ACTIVE } : {}),
  });
  fn.addEventSource(new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: fixed }));
  const accessLogs = fixed ? new LogGroup(stack, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH }) : undefined;
  new LambdaRestApi(stack, 'Api', {
    handler: fn,
    ...(fixed ? { defaultMethodOptions: { authorizationType: AuthorizationType.IAM } } : {}),
    deployOptions: accessLogs
      ? {
          tracingEnabled: true,
          loggingLevel: MethodLoggingLevel.INFO,
          throttlingRateLimit: 100,
          throttlingBurstLimit: 200,
          accessLogDestination: new LogGroupLogDestination(accessLogs),
          accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        }
      : {},
  });
  return app;
}

// `cdk synth` (cdk.json) or `node app.js` runs the first draft; SLENS_EXAMPLE_FIXED=1 the fixed one.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  buildApp({ fixed: process.env.SLENS_EXAMPLE_FIXED === '1' }).synth();
}
