"""Processes one order per invocation, creating its clients each time."""
import json

import boto3


def lambda_handler(event, context):
    table = boto3.resource("dynamodb").Table("orders")
    for record in event["Records"]:
        table.put_item(Item=json.loads(record["body"]))
