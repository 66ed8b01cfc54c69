// REST API operations that take a body validate it at the API (request validator + model).
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isRecord, literalString } from '../iac/values.js';
import { methodOf, shownRoute } from './support/apigw-stages.js';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'ANY']);

function validatesBody(validator: unknown): boolean {
  return isRecord(validator) && (validator['validateRequestBody'] === true || validator['ValidateRequestBody'] === true || validator['ValidateRequestBody'] === 'true');
}

function checkMethod(method: Resource, graph: ResourceGraph): CheckResult {
  const verb = literalString(method.properties['HttpMethod'])?.toUpperCase();
  if (!verb || !WITH_BODY.has(verb)) return NOT_APPLICABLE;
  const validatorRef = method.properties['RequestValidatorId'];
  if (validatorRef === undefined) return method.origin ? unknown() : fail('method', { method: shownRoute(methodOf(method, graph) ?? { verb, path: '' }) });
  const validator = graph.get(directTarget(validatorRef) ?? '');
  if (!validator) return unknown(['RequestValidatorId']);
  return validatesBody(validator.properties) ? PASS : fail('bodyOff', { validator: validator.logicalId }, ['RequestValidatorId']);
}

/** Operations of the API's OpenAPI body: the validator named per operation, or for the whole document, must validate the body. */
function checkBody(api: Resource, graph: ResourceGraph): CheckResult | CheckResult[] {
  const fact = graph.apiOf(api);
  if (!fact) return NOT_APPLICABLE;
  const results: CheckResult[] = [];
  for (const method of fact.methods) {
    if (method.resource || !method.at || !WITH_BODY.has(method.verb)) continue;
    if (method.validatesBody === 'unknown') results.push(unknown(method.at));
    else results.push(method.validatesBody ? PASS : fail('operation', { method: shownRoute(method) }, method.at));
  }
  for (const part of fact.unreadable) results.push(unknown(part.path));
  return results.length ? results : NOT_APPLICABLE;
}

export const apigwRequestValidation: Rule = {
  id: 'apigw-request-validation',
  title: { en: 'REST APIs validate request bodies', ja: 'REST API でリクエスト本文を検証' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC3', choice: 'sec3_input_validation' },
  aliases: ['AwsSolutions-APIG2', 'CKV2_AWS_53'],
  resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGateway::RestApi'],
  messages: {
    method: {
      en: 'Method {method} of {resource} takes a body but has no request validator; malformed input reaches the backend.',
      ja: '{resource} のメソッド {method} は本文を受け取りますが、リクエストバリデーターがありません。不正な入力がバックエンドまで届きます。',
    },
    bodyOff: {
      en: 'Method {resource} uses validator {validator}, which does not validate the request body.',
      ja: 'メソッド {resource} はバリデーター {validator} を使っていますが、リクエスト本文を検証していません。',
    },
    operation: {
      en: 'Operation {method} in the OpenAPI body of {resource} has no request validator that checks the body.',
      ja: '{resource} の OpenAPI 定義の操作 {method} に、本文を検証するリクエストバリデーターがありません。',
    },
  },
  docs: {
    description: {
      en: 'For REST methods that take a body (POST, PUT, PATCH, ANY): an `AWS::ApiGateway::Method` needs a `RequestValidatorId` whose validator has `ValidateRequestBody: true`; an OpenAPI `Body` needs, per operation or for the document, an `x-amazon-apigateway-request-validator` naming a validator with `validateRequestBody: true`. Methods SAM creates from events pass when their `RequestModel` sets `ValidateBody: true` (SAM then adds a validator and the model), fail when it validates parameters only, and are unknown without a `RequestModel`. HTTP APIs have no request validation and are not judged. Operations of a body read from a local `AWS::Include` file are judged the same way; a body in S3 or an include that could not be read is unknown.',
      ja: '本文を受け取る REST メソッド（POST、PUT、PATCH、ANY）について、`AWS::ApiGateway::Method` には `ValidateRequestBody: true` のバリデーターを指す `RequestValidatorId` が必要です。OpenAPI の `Body` では、操作ごとまたは文書全体で、`validateRequestBody: true` のバリデーターを指す `x-amazon-apigateway-request-validator` が必要です。SAM がイベントから作るメソッドは、`RequestModel` で `ValidateBody: true` を指定していれば合格（SAM がバリデーターとモデルを追加します）、パラメータだけを検証する場合は不合格、`RequestModel` がなければ不明として扱います。HTTP API にはリクエスト検証がないため判定しません。ローカルの `AWS::Include` ファイルから読んだ本文の操作も同じように判定します。本文が S3 にある場合や、読めなかったインクルードは不明として扱います。',
    },
    rationale: {
      en: 'Rejecting malformed input at the API keeps it from ever reaching code (where it can fail in odd ways or be exploited) and costs nothing per invalid request.',
      ja: '不正な入力を API で拒否すれば、コード（そこでは予想外の失敗や悪用につながります）に届くことがなく、不正なリクエストごとの費用もかかりません。',
    },
    fix: { en: 'Add an `AWS::ApiGateway::RequestValidator` with `ValidateRequestBody: true`, a model, and `RequestValidatorId` + `RequestModels` on the method (SAM: `RequestModel: { Model: Order, Required: true, ValidateBody: true }`).', ja: '`ValidateRequestBody: true` の `AWS::ApiGateway::RequestValidator` とモデルを追加し、メソッドに `RequestValidatorId` と `RequestModels` を設定します（SAM では `RequestModel: { Model: Order, Required: true, ValidateBody: true }`）。' },
    links: [{ title: 'Request validation for REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html' }],
  },
  check(resource, { graph }) {
    return resource.type === 'AWS::ApiGateway::Method' ? checkMethod(resource, graph) : checkBody(resource, graph);
  },
};
