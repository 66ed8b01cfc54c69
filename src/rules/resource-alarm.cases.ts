import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a source queue and a pipe with alarms (by reference and by literal name)',
      template: `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Jobs.Arn
      FunctionName: worker
  Pipe:
    Type: AWS::Pipes::Pipe
    Properties:
      Name: orders-pipe
      RoleArn: arn:aws:iam::123456789012:role/pipe
      Source: arn:aws:sqs:eu-west-1:123456789012:orders
      Target: arn:aws:events:eu-west-1:123456789012:event-bus/default
  AgeAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateAgeOfOldestMessage
      Dimensions:
        - Name: QueueName
          Value: !GetAtt Jobs.QueueName
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Threshold: 300
  PipeAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/EventBridge/Pipes
      MetricName: ExecutionFailed
      Dimensions:
        - Name: PipeName
          Value: orders-pipe
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Threshold: 0
`,
      outcomes: ['Jobs pass', 'Pipe pass'],
    },
    {
      name: 'an Errors alarm whose dimension references the function',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  FnErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref Fn
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Period: 60
      Statistic: Sum
      Threshold: 0
`,
    },
    {
      name: 'a metric-math alarm naming a state machine, and an HTTP API alarm by literal name',
      template: `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionString: '{}'
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: orders
      ProtocolType: HTTP
  FlowFailed:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Metrics:
        - Id: m1
          MetricStat:
            Metric:
              Namespace: AWS/States
              MetricName: ExecutionsFailed
              Dimensions:
                - Name: StateMachineArn
                  Value: !Ref Flow
            Period: 60
            Stat: Sum
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Threshold: 0
  ApiErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/ApiGateway
      MetricName: 5xx
      Dimensions:
        - Name: ApiId
          Value: orders
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Threshold: 0
`,
    },
    {
      name: 'a WebSocket API and a CDK log-retention helper are not judged',
      notApplicable: ['Ws', 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a'],
      template: `Resources:
  Ws:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: WEBSOCKET
  LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
`,
    },
  ],
  invalid: [
    {
      name: 'a function and a REST API without alarms',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
  OtherAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateAgeOfOldestMessage
      Dimensions:
        - Name: QueueName
          Value: other
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Threshold: 60
`,
      errors: [
        { messageId: 'function', line: 2 },
        { messageId: 'api', line: 6 },
      ],
    },
    {
      name: 'a dead-letter queue without an alarm (the work queue is not judged)',
      template: `Resources:
  Work:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt Dlq.Arn
        maxReceiveCount: 5
  Dlq:
    Type: AWS::SQS::Queue
`,
      errors: [{ messageId: 'deadLetterQueue', line: 8 }],
    },
    {
      name: 'a queue feeding a function and a pipe reading another queue, without alarms',
      template: `Resources:
  Jobs:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Jobs.Arn
      FunctionName: worker
  Orders:
    Type: AWS::SQS::Queue
  Pipe:
    Type: AWS::Pipes::Pipe
    Properties:
      Name: orders-pipe
      RoleArn: arn:aws:iam::123456789012:role/pipe
      Source: !GetAtt Orders.Arn
      Target: arn:aws:events:eu-west-1:123456789012:event-bus/default
`,
      errors: [
        { messageId: 'sourceQueue', line: 2, resource: 'Jobs' },
        { messageId: 'sourceQueue', line: 9, resource: 'Orders' },
        { messageId: 'pipe', line: 11, resource: 'Pipe' },
      ],
    },
  ],
};
