import type { RuleCases } from './support/cases.js';
import { consumer, parameters } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'a queue with the default batch size', template: consumer('sqs'), outcomes: ['Map pass'] },
    { name: 'a stream with a batch of 100', template: consumer('kinesis', 'BatchSize: 100\nStartingPosition: LATEST'), outcomes: ['Map pass'] },
    { name: 'a DynamoDB stream with the default batch size', template: consumer('dynamodb', 'StartingPosition: LATEST'), outcomes: ['Map pass'] },
    { name: 'a batch size from a parameter without default is unknown', template: consumer('sqs', 'BatchSize: !Ref Size', parameters('Size')), outcomes: ['Map unknown'] },
    { name: 'a source from a parameter is unknown', template: consumer('!Ref SourceArn', '', parameters('SourceArn')), outcomes: ['Map unknown'] },
    { name: 'an Amazon MQ broker (by its ARN) is not applicable', template: consumer('arn:aws:mq:us-east-1:123456789012:broker:orders:b-1', 'BatchSize: 1'), notApplicable: ['Map'], outcomes: [] },
    { name: 'an Amazon MQ broker of the template is not applicable', template: consumer('mq', 'BatchSize: 1'), notApplicable: ['Map'], outcomes: [] },
  ],
  invalid: [
    { name: 'one message per invocation', template: consumer('sqs', 'BatchSize: 1'), errors: [{ messageId: 'single', line: 11 }] },
    { name: "a batch of one written as the string '1'", template: consumer('sqs', "BatchSize: '1'"), errors: [{ messageId: 'single', line: 11 }] },
    { name: 'one record per invocation from a Kinesis ARN written literally', template: consumer('arn:aws:kinesis:us-east-1:123456789012:stream/clicks', 'BatchSize: 1'), errors: [{ messageId: 'single', line: 11 }] },
  ],
};
