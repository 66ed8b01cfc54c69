import type { RuleCases } from './support/cases.js';
import { lambdaFunction, permission, resource, samEvents, samFunction } from './support/case-builders.js';

/** An `AWS::Lambda::EventInvokeConfig` `Config` for `Fn` (at `qualifier`) with this destination (`OnFailure` or `OnSuccess`). */
const invokeConfig = (on: string, qualifier = '$LATEST'): string =>
  resource('Config', 'AWS::Lambda::EventInvokeConfig', `FunctionName: !Ref Fn\nQualifier: ${qualifier}\nDestinationConfig:\n  ${on}:\n    Destination: arn:aws:sqs:us-east-1:123456789012:failed`);
const dlq = 'DeadLetterConfig:\n  TargetArn: arn:aws:sqs:us-east-1:123456789012:dlq';
const iotPermission = (more = ''): string => permission('Perm', 'iot.amazonaws.com', more, '!GetAtt Fn.Arn');
const snsEvent = samEvents(['Notify', 'SNS', 'Topic: !Ref Topic']);
const topicBlock = resource('Topic', 'AWS::SNS::Topic');

export const cases: RuleCases = {
  valid: [
    { name: 'S3-invoked function with an EventInvokeConfig on-failure destination (GetAtt vs Ref)', template: lambdaFunction('', [permission('Perm', 's3.amazonaws.com', '', '!GetAtt Fn.Arn'), invokeConfig('OnFailure')]), outcomes: ['Fn pass'] },
    { name: 'SNS-invoked function with a dead-letter queue', template: lambdaFunction(dlq, [permission('Perm', 'sns.amazonaws.com')]), outcomes: ['Fn pass'] },
    { name: 'a dead-letter queue from a parameter counts', template: lambdaFunction('DeadLetterConfig:\n  TargetArn: !Ref Dlq', [permission('Perm', 'sns.amazonaws.com')], 'Parameters:\n  Dlq:\n    Type: String\n'), outcomes: ['Fn pass'] },
    { name: 'API-invoked (synchronous) function is not applicable', template: lambdaFunction('', [permission('Perm', 'apigateway.amazonaws.com')]), notApplicable: ['Fn'], outcomes: [] },
    { name: 'an IoT Core custom authorizer is called synchronously: not applicable', template: lambdaFunction('', [resource('Auth', 'AWS::IoT::Authorizer', 'AuthorizerFunctionArn: !GetAtt Fn.Arn\nStatus: ACTIVE'), iotPermission()]), notApplicable: ['Fn'], outcomes: [] },
    { name: 'the permission names the authorizer as its source: not applicable', template: lambdaFunction('', [resource('Auth', 'AWS::IoT::Authorizer', 'AuthorizerFunctionArn: arn:aws:lambda:eu-west-1:123456789012:function:auth'), iotPermission('SourceArn: !GetAtt Auth.Arn')]), notApplicable: ['Fn'], outcomes: [] },
    { name: 'SAM function with an SNS event and EventInvokeConfig OnFailure SQS', template: samFunction(`EventInvokeConfig:\n  DestinationConfig:\n    OnFailure:\n      Type: SQS\n${snsEvent}`, '', [topicBlock]), outcomes: ['Fn pass'] },
  ],
  invalid: [
    { name: 'EventBridge-invoked function without failure handling', template: lambdaFunction('', [resource('Rule', 'AWS::Events::Rule', 'ScheduleExpression: rate(1 hour)\nTargets:\n  - Id: fn\n    Arn: !GetAtt Fn.Arn'), permission('Perm', 'events.amazonaws.com')]), errors: [{ messageId: 'missing', line: 2 }] },
    {
      name: 'an OnSuccess-only config does not count; permission through an alias',
      template: lambdaFunction('', [
        resource('Version', 'AWS::Lambda::Version', 'FunctionName: !Ref Fn'),
        resource('Alias', 'AWS::Lambda::Alias', 'FunctionName: !Ref Fn\nFunctionVersion: !GetAtt Version.Version\nName: live'),
        permission('Perm', 's3.amazonaws.com', '', '!Ref Alias'),
        invokeConfig('OnSuccess', 'live'),
      ]),
      errors: [{ messageId: 'missing', line: 2 }],
    },
    { name: 'an IoT topic rule invokes asynchronously: still needs a destination', template: lambdaFunction('', [resource('Rule', 'AWS::IoT::TopicRule', 'TopicRulePayload:\n  Sql: SELECT * FROM "t"\n  Actions:\n    - Lambda:\n        FunctionArn: !GetAtt Fn.Arn'), iotPermission('SourceArn: !GetAtt Rule.Arn')]), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'a SAM SNS subscriber without failure handling, reported at the SAM source', template: samFunction(snsEvent, '', [topicBlock]), errors: [{ messageId: 'missing', line: 3 }] },
  ],
};
