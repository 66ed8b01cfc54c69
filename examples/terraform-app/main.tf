# The "orders" example application, written with Terraform. The same application is written with AWS SAM
# (../sam-app) and the Serverless Framework (../serverless-app); `slens scan` gives all three the same rule
# results, including the checks that fail on purpose (see ../README.md).

locals {
  runtime = "python3.13"
  memory  = 512
  timeout = 10
}

# ---- functions -------------------------------------------------------------------------------------------

resource "aws_lambda_function" "api" {
  function_name = "orders-api"
  role          = aws_iam_role.lambda.arn
  handler       = "api.handler"
  runtime       = local.runtime
  architectures = ["arm64"]
  memory_size   = local.memory
  timeout       = local.timeout
  filename      = "build/orders.zip"

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      QUEUE_URL = aws_sqs_queue.jobs.url
    }
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/${aws_lambda_function.api.function_name}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "worker" {
  function_name = "orders-worker"
  role          = aws_iam_role.lambda.arn
  handler       = "worker.handler"
  runtime       = local.runtime
  architectures = ["arm64"]
  memory_size   = local.memory
  timeout       = local.timeout
  filename      = "build/orders.zip"

  tracing_config {
    mode = "Active"
  }
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/aws/lambda/${aws_lambda_function.worker.function_name}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.arn
  batch_size       = 10
}

resource "aws_lambda_function" "nightly" {
  function_name = "orders-nightly"
  role          = aws_iam_role.lambda.arn
  handler       = "nightly.handler"
  runtime       = local.runtime
  architectures = ["arm64"]
  memory_size   = local.memory
  timeout       = local.timeout
  filename      = "build/orders.zip"
}

resource "aws_cloudwatch_log_group" "nightly" {
  name              = "/aws/lambda/${aws_lambda_function.nightly.function_name}"
  retention_in_days = var.log_retention_days
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "orders-nightly"
  schedule_expression = "rate(1 day)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.nightly.arn
}

resource "aws_lambda_permission" "nightly" {
  statement_id  = "AllowSchedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.nightly.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.nightly.arn
}

# ---- queues ----------------------------------------------------------------------------------------------

resource "aws_sqs_queue" "jobs" {
  name                       = "orders-jobs"
  visibility_timeout_seconds = 60
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.jobs_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "jobs_dlq" {
  name = "orders-jobs-dlq"
}

# ---- one execution role for every function ---------------------------------------------------------------

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  name               = "orders-lambda"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy_attachment" "logs" {
  role       = aws_iam_role.lambda.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy" "orders" {
  name = "orders"
  role = aws_iam_role.lambda.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "dynamodb:*", Resource = "*" },
      { Effect = "Allow", Action = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource = aws_sqs_queue.jobs.arn },
    ]
  })
}
