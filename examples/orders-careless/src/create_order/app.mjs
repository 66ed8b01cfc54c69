// Accepts an order and queues it — creating a new SQS client on every invocation.
/* global process, console */
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';

export const lambda_handler = async (event) => {
  const sqs = new SQSClient({});
  console.log('event', JSON.stringify(event));
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: event.body }));
  return { statusCode: 202, body: '{}' };
};
