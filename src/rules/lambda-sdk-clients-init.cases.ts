import type { RuleCases } from './support/cases.js';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Py:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.lambda_handler
      CodeUri: py/
  Js:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: src/index.handler
      CodeUri: js/
`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'clients at module level in Python and JavaScript',
      template: TEMPLATE,
      files: {
        'py/app.py': 'import boto3\n\ntable = boto3.resource("dynamodb").Table("orders")\n\ndef lambda_handler(event, context):\n    return table.get_item(Key={"id": event["id"]})\n',
        'js/src/index.mjs': 'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";\nconst client = new DynamoDBClient({});\nexport const handler = async (event) => {\n  return client.send(event);\n};\n',
      },
      outcomes: ['Py pass', 'Js pass'],
    },
    {
      name: 'code the scan cannot see is unknown; a handler without SDK clients is not judged',
      notApplicable: ['Inline'],
      template: `Resources:
  FromS3:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      Code:
        S3Bucket: artifacts
        S3Key: fn.zip
  Inline:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      Code:
        ZipFile: |
          def handler(event, context):
              return {"ok": True}
`,
      outcomes: ['FromS3 unknown'],
    },
  ],
  invalid: [
    {
      name: 'clients created inside the handlers',
      template: TEMPLATE,
      files: {
        'py/app.py': 'import boto3\n\ndef lambda_handler(event, context):\n    s3 = boto3.client("s3")\n    return s3.list_buckets()\n',
        'js/src/index.js': 'const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");\nexports.handler = async (event) => {\n  const sqs = new SQSClient({});\n  await sqs.send(new SendMessageCommand(event));\n};\n',
      },
      errors: [
        { messageId: 'perInvocation', line: 7 },
        { messageId: 'perInvocation', line: 13 },
      ],
    },
  ],
};
