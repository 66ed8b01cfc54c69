import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'API to SQS, an HTTP API subtype, a pipe; a Lambda proxy method is unknown',
      template: `Resources:
  ToQueue:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: POST
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/orders
  Events:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: api
      IntegrationType: AWS_PROXY
      IntegrationSubtype: EventBridge-PutEvents
      PayloadFormatVersion: '1.0'
  Pipe:
    Type: AWS::Pipes::Pipe
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/pipe
      Source: arn:aws:sqs:eu-west-1:123456789012:in
      Target: arn:aws:states:eu-west-1:123456789012:stateMachine:flow
  Proxy:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/fn/invocations
`,
      outcomes: ['ToQueue pass', 'Proxy unknown', 'Events pass', 'Pipe pass'],
    },
    {
      name: 'a state machine writing to DynamoDB directly',
      template: `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      Definition:
        StartAt: Save
        States:
          Save:
            Type: Task
            Resource: arn:aws:states:::dynamodb:putItem
            End: true
`,
      outcomes: ['Flow pass'],
    },
  ],
  invalid: [],
};
