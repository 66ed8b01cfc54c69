// SAM expansion: applies Globals and turns every AWS::Serverless::* resource into the CloudFormation-level
// resources the SAM translator would make, so one set of rules serves SAM and plain CloudFormation.
// APIs are read first (their Auth decides the authorization of event methods), then everything else, then
// the implicit APIs that events asked for.
import { keyLocation, type BuildContext } from '../build.js';
import { isRecord } from '../values.js';
import type { Location } from '../types.js';
import { expandRestApi, expandHttpApi, readApiAuth } from './api.js';
import { record, samLocator, type Sam, type SamSource } from './context.js';
import { expandFunction } from './function.js';
import { applyGlobals, GLOBALS_SECTION } from './globals.js';
import { expandApplication, expandGraphQLApi, expandLayer, expandSimpleTable, expandStateMachine, keepAsIs } from './other.js';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export function isSamTemplate(root: Record<string, unknown>): boolean {
  const transform = root['Transform'];
  if (transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM))) return true;
  const resources = root['Resources'];
  if (!isRecord(resources)) return false;
  for (const body of Object.values(resources)) if (isRecord(body) && typeof body['Type'] === 'string' && body['Type'].startsWith('AWS::Serverless::')) return true;
  return false;
}

export function expandSam(ctx: BuildContext, root: Record<string, unknown>, resources: Record<string, unknown>, ids: readonly string[], origin: Location): void {
  const globals = record(root['Globals']);
  const sam: Sam = { ctx, root, globals, origin, restAuth: new Map(), httpAuth: new Map(), codeDeployApp: false };
  const sources: SamSource[] = ids.map((id) => source(sam, resources, id, origin));
  sam.restAuth.set('ServerlessRestApi', readApiAuth('rest', record(record(globals['Api'])['Auth'])));
  sam.httpAuth.set('ServerlessHttpApi', readApiAuth('http', record(record(globals['HttpApi'])['Auth'])));
  for (const src of sources) {
    if (src.type === 'AWS::Serverless::Api') sam.restAuth.set(src.id, readApiAuth('rest', record(src.props['Auth'])));
    if (src.type === 'AWS::Serverless::HttpApi') sam.httpAuth.set(src.id, readApiAuth('http', record(src.props['Auth'])));
  }
  for (const src of sources) {
    switch (src.type) {
      case 'AWS::Serverless::Function':
        expandFunction(sam, src);
        break;
      case 'AWS::Serverless::Api':
        expandRestApi(sam, src);
        break;
      case 'AWS::Serverless::HttpApi':
        expandHttpApi(sam, src);
        break;
      case 'AWS::Serverless::StateMachine':
        expandStateMachine(sam, src);
        break;
      case 'AWS::Serverless::SimpleTable':
        expandSimpleTable(sam, src);
        break;
      case 'AWS::Serverless::LayerVersion':
        expandLayer(sam, src);
        break;
      case 'AWS::Serverless::Application':
        expandApplication(sam, src);
        break;
      case 'AWS::Serverless::GraphQLApi':
        expandGraphQLApi(sam, src);
        break;
      default:
        keepAsIs(sam, src);
    }
  }
  if (sam.implicitRest && !ctx.ids.has('ServerlessRestApi')) expandRestApi(sam, implicitSource(sam, 'ServerlessRestApi', 'AWS::Serverless::Api', 'Api', sam.implicitRest, { StageName: 'Prod' }));
  if (sam.implicitHttp && !ctx.ids.has('ServerlessHttpApi')) expandHttpApi(sam, implicitSource(sam, 'ServerlessHttpApi', 'AWS::Serverless::HttpApi', 'HttpApi', sam.implicitHttp, {}));
}

function source(sam: Sam, resources: Record<string, unknown>, id: string, origin: Location): SamSource {
  const body = record(resources[id]);
  const type = body['Type'] as string;
  const location = keyLocation(sam.ctx, resources, id, origin);
  const own = record(body['Properties']);
  const section = GLOBALS_SECTION[type];
  const globalSection = section ? sam.globals[section] : undefined;
  const props = section ? applyGlobals(globalSection, own, body['IgnoreGlobals']) : own;
  const propsAt = keyLocation(sam.ctx, body, 'Properties', location);
  const src: SamSource = { id, type, props, location, locate: samLocator(sam, own, propsAt, globalSection) };
  if (typeof body['Condition'] === 'string') src.condition = body['Condition'];
  if (isRecord(body['Metadata'])) src.metadata = body['Metadata'];
  return src;
}

/** ServerlessRestApi / ServerlessHttpApi: configured only by Globals; located at the first event using it. */
function implicitSource(sam: Sam, id: string, type: string, section: string, at: Location, defaults: Record<string, unknown>): SamSource {
  const globalSection = sam.globals[section];
  const props = applyGlobals(globalSection, defaults, undefined);
  return { id, type, props, location: at, locate: samLocator(sam, undefined, at, globalSection) };
}
