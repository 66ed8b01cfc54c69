// Accepts an order and queues it — creating a new SQS client on every invocation.
/* global require, exports, process */
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');

exports.lambda_handler = async (event) => {
  const sqs = new SQSClient({});
  console.log('event', JSON.stringify(event));
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: event.body }));
  return { statusCode: 202, body: '{}' };
};
