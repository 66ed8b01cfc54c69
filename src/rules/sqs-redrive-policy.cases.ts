import type { RuleCases } from './support/cases.js';
import { lambdaFunction, queue, resource } from './support/case-builders.js';

const dlq = (properties = ''): string => resource('DLQ', 'AWS::SQS::Queue', properties);
const mapping = resource('Mapping', 'AWS::Lambda::EventSourceMapping', 'EventSourceArn: !GetAtt Queue.Arn\nFunctionName: fn');

export const cases: RuleCases = {
  valid: [
    {
      name: 'queue with redrive policy; its DLQ (YAML object form) is not applicable',
      template: queue('RedrivePolicy:\n  deadLetterTargetArn: !GetAtt DLQ.Arn\n  maxReceiveCount: 5', [dlq()]),
      outcomes: ['Queue pass'],
      notApplicable: ['DLQ'],
    },
    {
      name: 'DLQ referenced from a JSON-string redrive policy built with Sub is not applicable',
      template: queue(`RedrivePolicy: !Sub '{"deadLetterTargetArn":"\${DLQ.Arn}","maxReceiveCount":3}'`, [dlq()]),
      outcomes: ['Queue pass'],
      notApplicable: ['DLQ'],
    },
    { name: 'a redrive policy from a parameter still counts as one', template: `Parameters:\n  Policy:\n    Type: String\n${queue('RedrivePolicy: !Ref Policy')}`, outcomes: ['Queue pass'] },
    { name: 'queue used as a Lambda dead-letter queue is not applicable', template: lambdaFunction('DeadLetterConfig:\n  TargetArn: !GetAtt DLQ.Arn', [dlq()]), notApplicable: ['DLQ'] },
    {
      name: 'queue used as an on-failure destination is not applicable',
      template: queue('RedrivePolicy:\n  deadLetterTargetArn: !GetAtt DLQ.Arn\n  maxReceiveCount: 5', [dlq(), resource('Config', 'AWS::Lambda::EventInvokeConfig', 'FunctionName: fn\nQualifier: $LATEST\nDestinationConfig:\n  OnFailure:\n    Destination: !GetAtt DLQ.Arn')]),
      notApplicable: ['DLQ'],
    },
    {
      name: "DLQ named by a literal ARN in the other queue's policy is not applicable",
      template: queue('RedrivePolicy:\n  deadLetterTargetArn: arn:aws:sqs:us-east-1:123456789012:orders-dlq\n  maxReceiveCount: 5', [dlq('QueueName: orders-dlq')]),
      outcomes: ['Queue pass'],
      notApplicable: ['DLQ'],
    },
    { name: 'a queue named as a DLQ that nothing here uses as one: unknown (the last resort of other stacks or code?)', template: `Resources:\n${dlq('MessageRetentionPeriod: 1209600')}`, outcomes: ['DLQ unknown'] },
    { name: 'a QueueName that says dead letter, unused here: unknown, never a pass', template: queue('QueueName: orders-dead-letter'), outcomes: ['Queue unknown'] },
    {
      name: "a queue named by a literal ARN in a function's dead-letter config is a DLQ, whatever its name",
      template: lambdaFunction('DeadLetterConfig:\n  TargetArn: arn:aws:sqs:us-east-1:123456789012:orders-parking', [resource('Parking', 'AWS::SQS::Queue', 'QueueName: orders-parking')]),
      notApplicable: ['Parking'],
    },
    {
      name: 'a queue named by a Sub ARN in an EventBridge target dead-letter config is a DLQ',
      template: `Resources:\n${resource('Rule', 'AWS::Events::Rule', "EventPattern: { source: [app] }\nTargets:\n  - Id: t\n    Arn: arn:aws:lambda:us-east-1:123456789012:function:f\n    DeadLetterConfig:\n      Arn: !Sub 'arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:failed-events'")}${resource('Failed', 'AWS::SQS::Queue', 'QueueName: failed-events')}`,
      notApplicable: ['Failed'],
    },
    {
      name: 'a queue that is the on-failure destination of an event source mapping (by reference) is a DLQ',
      template: queue('RedrivePolicy:\n  deadLetterTargetArn: !GetAtt DLQ.Arn\n  maxReceiveCount: 5', [dlq(), resource('Parked', 'AWS::SQS::Queue'), resource('Esm', 'AWS::Lambda::EventSourceMapping', 'EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/s\nFunctionName: fn\nDestinationConfig:\n  OnFailure:\n    Destination: !GetAtt Parked.Arn')]),
      outcomes: ['Queue pass'],
      notApplicable: ['DLQ', 'Parked'],
    },
    { name: 'queue with a RedriveAllowPolicy is a DLQ, not applicable', template: queue('RedriveAllowPolicy:\n  redrivePermission: allowAll'), notApplicable: ['Queue'] },
  ],
  invalid: [
    { name: 'queue without a redrive policy', template: queue('VisibilityTimeout: 60'), errors: [{ messageId: 'missing', line: 2 }] },
    {
      name: "an ARN naming another queue under a failure key does not make this one a DLQ",
      template: lambdaFunction('DeadLetterConfig:\n  TargetArn: arn:aws:sqs:us-east-1:123456789012:other-parking', [resource('Parking', 'AWS::SQS::Queue', 'QueueName: orders-parking')]),
      errors: [{ messageId: 'missing', line: 8 }],
    },
    {
      name: 'a queue a function only sends to (an ARN outside any failure key) is not a DLQ',
      template: lambdaFunction('Environment:\n  Variables:\n    OUT: arn:aws:sqs:us-east-1:123456789012:orders-out', [resource('Out', 'AWS::SQS::Queue', 'QueueName: orders-out')]),
      errors: [{ messageId: 'missing', line: 9 }],
    },
    { name: 'a queue that is only an event source is not a DLQ', template: queue('', [mapping]), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'a literal ARN naming another queue does not make this one a DLQ', template: queue('RedrivePolicy:\n  deadLetterTargetArn: arn:aws:sqs:us-east-1:123456789012:other-dlq\n  maxReceiveCount: 5', [resource('Archive', 'AWS::SQS::Queue', 'QueueName: orders-archive')]), errors: [{ messageId: 'missing', line: 8 }] },
  ],
};
