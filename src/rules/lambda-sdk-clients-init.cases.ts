import type { RuleCases } from './support/cases.js';
import { lambdaFunction, samFunction } from './support/case-builders.js';

/** SAM functions with `Handler: app.handler` on line 7 and code under `src/`. */
const py = samFunction();
const js = samFunction('Runtime: nodejs22.x');
const pyOutside = 'import boto3\n\ntable = boto3.resource("dynamodb").Table("orders")\n\ndef handler(event, context):\n    return table.get_item(Key={"id": event["id"]})\n';
const pyInside = 'import boto3\n\ndef handler(event, context):\n    s3 = boto3.client("s3")\n    return s3.list_buckets()\n';

export const cases: RuleCases = {
  valid: [
    { name: 'a client at module level in Python', template: py, files: { 'src/app.py': pyOutside }, outcomes: ['Fn pass'] },
    {
      name: 'a client at module level in JavaScript (ES module)',
      template: js,
      files: { 'src/app.mjs': 'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";\nconst client = new DynamoDBClient({});\nexport const handler = async (event) => {\n  return client.send(event);\n};\n' },
      outcomes: ['Fn pass'],
    },
    { name: 'code in S3 the scan cannot see is unknown', template: lambdaFunction('Handler: app.handler\nCode:\n  S3Bucket: artifacts\n  S3Key: fn.zip'), outcomes: ['Fn unknown'] },
    { name: 'a handler without SDK clients is not applicable', template: lambdaFunction('Handler: index.handler\nCode:\n  ZipFile: |\n    def handler(event, context):\n        return {"ok": True}'), notApplicable: ['Fn'], outcomes: [] },
    { name: 'a handler file the scan cannot find is unknown', template: py, files: {}, outcomes: ['Fn unknown'] },
  ],
  invalid: [
    { name: 'a Python client created inside the handler', template: py, files: { 'src/app.py': pyInside }, errors: [{ messageId: 'perInvocation', line: 7 }] },
    {
      name: 'a JavaScript client created inside the handler (CommonJS)',
      template: js,
      files: { 'src/app.js': 'const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");\nexports.handler = async (event) => {\n  const sqs = new SQSClient({});\n  await sqs.send(new SendMessageCommand(event));\n};\n' },
      errors: [{ messageId: 'perInvocation', line: 7 }],
    },
    { name: 'a client inside the handler of inline code', template: lambdaFunction(`Handler: index.handler\nCode:\n  ZipFile: |\n${pyInside.replace(/^(?=.)/gm, '    ')}`), errors: [{ messageId: 'perInvocation', line: 6 }] },
  ],
};
