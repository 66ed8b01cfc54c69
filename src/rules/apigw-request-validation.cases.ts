import type { RuleCases } from './support/cases.js';
import { includedBody, openApi, operation, resource, resources, restApi, restMethod, samApi, samEvents, samFunction } from './support/case-builders.js';

/** A SAM function (line 3) with a POST taking a RequestModel (`Create` on line 10, its RequestModel on line 15, validation lines appended) and a GET. */
const samOrders = (validation: string): string =>
  samFunction(samEvents(['Create', 'Api', `Path: /orders\nMethod: post\nRequestModel:\n  Model: Order\n  Required: true\n${validation}`], ['List', 'Api', 'Path: /orders\nMethod: get']));
const validator = resource('Validator', 'AWS::ApiGateway::RequestValidator', 'RestApiId: api\nValidateRequestBody: true');
/** An OpenAPI body (`Body` on line 5) with the given document-level lines and one operation. */
const body = (top: string, path = '/orders', verb = 'post'): string => restApi(openApi(operation(verb, 'responses: {}', path), top));

export const cases: RuleCases = {
  valid: [
    { name: 'a validator that checks the body', template: resources(validator, restMethod('Post', 'POST', 'RequestValidatorId: !Ref Validator')), outcomes: ['Post pass'] },
    { name: 'a GET takes no body: not applicable', template: resources(restMethod('Get', 'GET')), notApplicable: ['Get'], outcomes: [] },
    { name: 'an OpenAPI body with a document-wide validator', template: body('x-amazon-apigateway-request-validator: all\nx-amazon-apigateway-request-validators:\n  all:\n    validateRequestBody: true\n    validateRequestParameters: true'), outcomes: ['Api pass'] },
    { name: 'SAM: RequestModel with ValidateBody gives the method a validator (a GET takes no body)', template: samOrders('  ValidateBody: true'), outcomes: ['FnCreateMethod pass'] },
    { name: 'a body in an include the scan did not read: unknown', template: samApi(includedBody()), outcomes: ['Api unknown'] },
    { name: 'a validator the template does not declare is unknown', template: resources(restMethod('Post', 'POST', 'RequestValidatorId: abc123')), outcomes: ['Post unknown'] },
    { name: 'a body kept in S3: unknown', template: restApi('BodyS3Location: s3://specs/api.yaml'), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'a POST without validator', template: resources(restMethod('Post', 'POST')), errors: [{ messageId: 'method', line: 2 }] },
    { name: 'a PUT whose validator checks parameters only', template: resources(resource('Validator', 'AWS::ApiGateway::RequestValidator', 'RestApiId: api\nValidateRequestParameters: true'), restMethod('Put', 'PUT', 'RequestValidatorId: !Ref Validator')), errors: [{ messageId: 'bodyOff', line: 13 }] },
    { name: 'an OpenAPI PUT without a validator', template: body('info: {}', '/orders/{id}', 'put'), errors: [{ messageId: 'operation', line: 10 }] },
    { name: 'SAM: RequestModel validating parameters only leaves the body unchecked', template: samOrders('  ValidateParameters: true'), errors: [{ messageId: 'bodyOff', line: 15 }] },
  ],
};
