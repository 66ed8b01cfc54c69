import type { RuleCases } from './support/cases.js';
import { consumer, parameters } from './support/case-builders.js';

const onFailure = 'DestinationConfig:\n  OnFailure:\n    Destination: arn:aws:sqs:us-east-1:123456789012:failed';

export const cases: RuleCases = {
  valid: [
    { name: 'Kinesis mapping with an on-failure destination', template: consumer('kinesis', `StartingPosition: LATEST\n${onFailure}`), outcomes: ['Map pass'] },
    { name: 'DynamoDB stream mapping with an on-failure destination', template: consumer('dynamodb', `StartingPosition: LATEST\n${onFailure}`), outcomes: ['Map pass'] },
    { name: 'SQS mappings are not applicable (the queue has its own redrive policy)', template: consumer('sqs'), notApplicable: ['Map'], outcomes: [] },
    { name: 'an Amazon MQ broker of the template is not applicable', template: consumer('mq'), notApplicable: ['Map'], outcomes: [] },
    { name: 'an SQS ARN written literally is not applicable', template: consumer('arn:aws:sqs:us-east-1:123456789012:jobs'), notApplicable: ['Map'], outcomes: [] },
    { name: 'a source from a parameter is unknown', template: consumer('!Ref SourceArn', '', parameters('SourceArn')), outcomes: ['Map unknown'] },
    { name: 'a source from a parameter with a destination passes', template: consumer('!Ref SourceArn', onFailure, parameters('SourceArn')), outcomes: ['Map pass'] },
  ],
  invalid: [
    { name: 'DynamoDB stream mapping without destination', template: consumer('dynamodb', 'StartingPosition: TRIM_HORIZON'), errors: [{ messageId: 'missing', line: 6 }] },
    { name: 'Kinesis ARN written literally', template: consumer('arn:aws:kinesis:us-east-1:123456789012:stream/clicks', 'StartingPosition: LATEST'), errors: [{ messageId: 'missing', line: 6 }] },
    { name: 'a DestinationConfig without OnFailure points at it', template: consumer('kinesis', 'DestinationConfig: {}'), errors: [{ messageId: 'missing', line: 11 }] },
    { name: 'a self-managed Kafka source is a stream', template: consumer('!Ref AWS::NoValue', 'SelfManagedEventSource:\n  Endpoints:\n    KafkaBootstrapServers: [b1:9092]\nTopics: [orders]'), errors: [{ messageId: 'missing', line: 6 }] },
  ],
};
