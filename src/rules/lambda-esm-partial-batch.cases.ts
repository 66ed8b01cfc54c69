import type { RuleCases } from './support/cases.js';
import { consumer, parameters, resource, samEvents, samFunction } from './support/case-builders.js';

const partial = 'FunctionResponseTypes: [ReportBatchItemFailures]';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM SQS event with partial batch responses; a batch of one is not applicable',
      template: samFunction(samEvents(['Orders', 'SQS', `Queue: !GetAtt Queue.Arn\n${partial}`], ['Single', 'SQS', 'Queue: !GetAtt Other.Arn\nBatchSize: 1']), '', [resource('Queue', 'AWS::SQS::Queue'), resource('Other', 'AWS::SQS::Queue')]),
      outcomes: ['FnOrders pass'],
      notApplicable: ['FnSingle'],
    },
    { name: 'a Kinesis mapping that bisects failed batches', template: consumer('kinesis', 'StartingPosition: LATEST\nBisectBatchOnFunctionError: true'), outcomes: ['Map pass'] },
    { name: 'a batch size from a parameter without default is unknown', template: consumer('sqs', 'BatchSize: !Ref Size', parameters('Size')), outcomes: ['Map unknown'] },
    { name: 'response types from a parameter are unknown', template: consumer('sqs', 'FunctionResponseTypes: !Ref Types', parameters('Types')), outcomes: ['Map unknown'] },
    { name: 'a source from a parameter is unknown', template: consumer('!Ref SourceArn', '', parameters('SourceArn')), outcomes: ['Map unknown'] },
    { name: 'an Amazon MQ broker (by its ARN) is not applicable', template: consumer('arn:aws:mq:us-east-1:123456789012:broker:orders:b-1'), notApplicable: ['Map'], outcomes: [] },
    { name: 'an Amazon MQ broker of the template is not applicable', template: consumer('mq'), notApplicable: ['Map'], outcomes: [] },
  ],
  invalid: [
    { name: 'a Kinesis mapping with the default batch size and no partial responses', template: consumer('kinesis', 'StartingPosition: LATEST'), errors: [{ messageId: 'wholeBatch', line: 6 }] },
    { name: 'an SQS mapping with the default batch size', template: consumer('sqs'), errors: [{ messageId: 'wholeBatch', line: 6 }] },
    { name: 'bisecting does not help an SQS batch', template: consumer('sqs', 'BatchSize: 5\nBisectBatchOnFunctionError: true'), errors: [{ messageId: 'wholeBatch', line: 6 }] },
  ],
};
