"""Accepts an order and queues it; the client is created once per execution environment."""
import json
import os

import boto3
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

logger = Logger()
tracer = Tracer()
metrics = Metrics()
sqs = boto3.client("sqs")
QUEUE_URL = os.environ["QUEUE_URL"]


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event, context):
    order = json.loads(event["body"])
    sqs.send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps(order))
    metrics.add_metric(name="OrdersAccepted", unit=MetricUnit.Count, value=1)
    return {"statusCode": 202, "body": json.dumps({"id": order["id"]})}
