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
    { name: "the application's last-resort DLQ, named so and used from outside the template, is not applicable", template: `Resources:\n${dlq('MessageRetentionPeriod: 1209600')}`, notApplicable: ['DLQ'] },
    { name: 'a queue whose QueueName says dead letter is not applicable', template: queue('QueueName: orders-dead-letter'), notApplicable: ['Queue'] },
    { name: 'queue with a RedriveAllowPolicy is a DLQ, not applicable', template: queue('RedriveAllowPolicy:\n  redrivePermission: allowAll'), notApplicable: ['Queue'] },
  ],
  invalid: [
    { name: 'queue without a redrive policy', template: queue('VisibilityTimeout: 60'), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'a queue that is only an event source is not a DLQ', template: queue('', [mapping]), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'a literal ARN naming another queue does not make this one a DLQ', template: queue('RedrivePolicy:\n  deadLetterTargetArn: arn:aws:sqs:us-east-1:123456789012:other-dlq\n  maxReceiveCount: 5', [resource('Archive', 'AWS::SQS::Queue', 'QueueName: orders-archive')]), errors: [{ messageId: 'missing', line: 8 }] },
  ],
};
