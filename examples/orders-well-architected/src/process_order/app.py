"""Starts the order workflow once per order, whatever SQS redelivers."""
import json
import os

import boto3
from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, idempotent_function

logger = Logger()
processor = BatchProcessor(event_type=EventType.SQS)
persistence = DynamoDBPersistenceLayer(table_name=os.environ["POWERTOOLS_IDEMPOTENCY_TABLE"])
sfn = boto3.client("stepfunctions")


@idempotent_function(data_keyword_argument="order", persistence_store=persistence)
def start(order):
    sfn.start_execution(stateMachineArn=os.environ["WORKFLOW_ARN"], name=order["id"], input=json.dumps(order))


def record_handler(record):
    start(order=json.loads(record.body))


def lambda_handler(event, context):
    return process_partial_response(event=event, record_handler=record_handler, processor=processor, context=context)
