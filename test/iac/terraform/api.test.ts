// Terraform API Gateway resources as one API fact: the separate `aws_api_gateway_rest_api_policy`, an OpenAPI
// `body`, integrations named by the method's own attribute, and quick-created HTTP APIs (`target`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, loadTemplateFolder } from '../../../src/iac/index.js';
import { withTree } from '../../helpers/folder.js';

const MAIN = `resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api_policy" "internal" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "*" }]
  })
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
  parent_id   = aws_api_gateway_rest_api.internal.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "post" {
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "post" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
  resource_id = aws_api_gateway_resource.orders.id
  http_method = aws_api_gateway_method.post.http_method
  type        = "AWS"
  request_parameters = {
    "integration.request.header.X-Amz-Invocation-Type" = "'Event'"
  }
  request_templates = {
    "application/json" = "$input.body"
  }
}

resource "aws_api_gateway_rest_api" "spec" {
  name = "spec"
  body = jsonencode({
    openapi = "3.0.1"
    paths = {
      "/items" = {
        get = {
          "x-amazon-apigateway-integration" = { type = "aws_proxy", httpMethod = "POST", uri = "arn" }
        }
      }
    }
  })
}

resource "aws_apigatewayv2_api" "quick" {
  name          = "quick"
  protocol_type = "HTTP"
  target        = "arn:aws:lambda:us-east-1:123456789012:function:f"
}
`;

test('Terraform: the policy resource, the method path and integration, an OpenAPI body, quick create', () => {
  withTree({ 'main.tf': MAIN }, (dir) => {
    const template = loadTemplateFolder(dir, 'infra');
    assert.ok(template);
    assert.deepEqual(template.errors, []);
    const graph = buildGraph(template.resources);
    const internal = graph.apiOf(graph.get('aws_api_gateway_rest_api.internal')!)!;
    assert.equal(internal.policy?.where, 'property');
    assert.deepEqual(internal.endpointTypes, ['PRIVATE']);
    assert.deepEqual(
      internal.methods.map((m) => [m.verb, m.path, m.authorization.type, m.integration.kind, m.integration.templates, m.integration.async]),
      [['POST', '/orders', 'NONE', 'aws', true, true]],
    );
    // A finding about the policy points at the block that wrote it.
    const api = graph.get('aws_api_gateway_rest_api.internal')!;
    assert.equal(api.locate(['Policy']).line, 8);
    const spec = graph.apiOf(graph.get('aws_api_gateway_rest_api.spec')!)!;
    assert.deepEqual(spec.methods.map((m) => [m.verb, m.path, m.integration.kind, m.at?.join('.')]), [['GET', '/items', 'proxy', 'Body.paths./items.get']]);
    const quick = graph.apiOf(graph.get('aws_apigatewayv2_api.quick')!)!;
    assert.equal(quick.quickCreate, true);
    assert.deepEqual(quick.methods.map((m) => [m.verb, m.authorization.type]), [['$default', 'NONE']]);
  });
});
