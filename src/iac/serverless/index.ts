// Serverless Framework projects (serverless.yml / .yaml / .json): variables resolved, then `functions` and their
// `events`, the provider's API and IAM settings, and the raw CloudFormation under `resources` are turned into the
// CloudFormation-level resources the framework would deploy. Every resource points back at serverless.yml.
import { dirname, resolve } from 'node:path';
import { type BuildContext } from '../build.js';
import { isRecord } from '../values.js';
import type { LoadError, Location, Template } from '../types.js';
import type { ParsedDocument } from '../yaml.js';
import { addHttpApi, addRestApi, addWebsocketApi, type ApiEvents } from './apis.js';
import { at, rec, type SlsContext } from './context.js';
import { albEvent, eventBridgeEvent, s3Event, scheduleEvent, snsEvent, sqsEvent, streamEvent, type EventInput } from './events.js';
import { addExecutionRole, addFunction, functionInfos, type FunctionInfo } from './functions.js';
import { addRawResources } from './resources.js';
import { VariableError, VariableResolver, type VariableOptions } from './variables.js';
import { compareText } from '../../util/text.js';

const SLS_FILE = /(^|[\\/])serverless\.(ya?ml|json)$/i;

/** serverless.yml by name, or a document with `service` and `provider`/`functions` but no CloudFormation sections. */
export function isServerlessDocument(file: string, root: Record<string, unknown>): boolean {
  if ('AWSTemplateFormatVersion' in root || 'Resources' in root || 'Transform' in root) return false;
  const hasService = typeof root['service'] === 'string' || isRecord(root['service']);
  if (SLS_FILE.test(file)) return hasService || 'provider' in root || 'functions' in root;
  return hasService && (isRecord(root['provider']) || isRecord(root['functions']));
}

export type ServerlessOptions = VariableOptions;

/** Options for a serverless.yml read from disk: includes relative to its folder, the process environment. */
export function serverlessOptionsFor(file: string): ServerlessOptions {
  return { projectDir: dirname(resolve(file)), env: process.env };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

export function loadServerless(file: string, doc: ParsedDocument, options: ServerlessOptions): Template {
  const raw = doc.value as Record<string, unknown>;
  const origin: Location = { file, line: doc.start[0], column: doc.start[1] };
  const errors: LoadError[] = [...doc.errors];
  const template: Template = { file, format: 'serverless', resources: [], parameters: {}, metadata: {}, errors };
  const build: BuildContext = { file, positions: doc.positions, resolve: { parameters: new Map(), mappings: {} }, format: 'serverless', resources: template.resources, errors, ids: new Set() };
  const resolver = new VariableResolver(raw, options);
  let resolved: Record<string, unknown>;
  let stage: unknown;
  try {
    resolved = rec(resolver.resolveDocument());
    stage = resolver.stage();
  } catch (error) {
    if (!(error instanceof VariableError)) throw error;
    const where = at({ build, raw, origin } as SlsContext, error.path);
    errors.push({ file, line: where.line, column: where.column, code: error.code, message: error.message, ...(error.localized ? { localized: error.localized } : {}) });
    return template;
  }
  const provider = rec(resolved['provider']);
  const providerName = provider['name'];
  if (providerName !== undefined && providerName !== 'aws') {
    const where = at({ build, raw, origin } as SlsContext, ['provider', 'name']);
    errors.push({ file, line: where.line, column: where.column, code: 'not-aws', message: `provider ${text(providerName, '?')} is not AWS; only AWS projects are read` });
    return template;
  }
  const service = isRecord(resolved['service']) ? text(resolved['service']['name'], 'service') : text(resolved['service'], 'service');
  const ctx: SlsContext = { build, raw, doc: resolved, provider, service, stage: text(stage, 'dev'), region: text(provider['region'], 'us-east-1'), origin };
  template.metadata = isRecord(resolved['custom']) && isRecord(resolved['custom']['slens']) ? { slens: resolved['custom']['slens'] } : {};

  const functions = functionInfos(ctx);
  checkKeys(ctx, errors, functions);
  const apis: ApiEvents = { http: [], httpApi: [], websocket: [] };
  const statements: unknown[] = [];
  for (const fn of functions) {
    addFunction(ctx, fn);
    const events = Array.isArray(fn.config['events']) ? fn.config['events'] : [];
    const counts = new Map<string, number>();
    events.forEach((event, i) => {
      if (!isRecord(event)) return;
      for (const [kind, value] of Object.entries(event)) {
        const index = (counts.get(kind) ?? 0) + 1;
        counts.set(kind, index);
        const input: EventInput = { fn, value, path: [...fn.path, 'events', i, kind], index };
        readEvent(ctx, kind, input, apis, statements);
      }
    });
  }
  addRestApi(ctx, apis.http);
  addHttpApi(ctx, apis.httpApi);
  addWebsocketApi(ctx, apis.websocket);
  addExecutionRole(ctx, functions, statements);
  addRawResources(ctx);
  template.resources.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.logicalId, b.logicalId));
  errors.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return template;
}

/** Settings the framework reads under `provider` and under each function (plugins add others, in camelCase). */
const PROVIDER_KEYS = ['name', 'runtime', 'runtimeManagement', 'stage', 'region', 'profile', 'stackName', 'memorySize', 'timeout', 'environment', 'logRetentionInDays', 'kmsKeyArn', 'architecture', 'layers', 'vpc', 'iam', 'iamRoleStatements', 'iamManagedPolicies', 'role', 'tags', 'stackTags', 'tracing', 'logs', 'apiGateway', 'httpApi', 'endpointType', 'resourcePolicy', 'usagePlan', 'apiKeys', 'deploymentBucket', 'versionFunctions', 'eventBridge', 'alb'];
const FUNCTION_KEYS = ['handler', 'image', 'name', 'description', 'memorySize', 'ephemeralStorageSize', 'runtime', 'runtimeManagement', 'timeout', 'provisionedConcurrency', 'reservedConcurrency', 'tracing', 'architecture', 'environment', 'role', 'onError', 'kmsKeyArn', 'snapStart', 'disableLogs', 'logRetentionInDays', 'logs', 'url', 'destinations', 'maximumRetryAttempts', 'maximumEventAge', 'layers', 'vpc', 'package', 'events', 'tags'];

/**
 * Keys the framework ignores although they look like settings: a CloudFormation spelling (`Runtime:`) or another
 * capitalisation of a known key. The framework deploys its default instead, silently; each is a warning at its line.
 */
function checkKeys(ctx: SlsContext, errors: LoadError[], functions: readonly FunctionInfo[]): void {
  const sections: { keys: string[]; path: readonly (string | number)[]; known: readonly string[] }[] = [{ keys: Object.keys(ctx.provider), path: ['provider'], known: PROVIDER_KEYS }, ...functions.map((fn) => ({ keys: Object.keys(fn.config), path: fn.path, known: FUNCTION_KEYS }))];
  for (const { keys, path, known } of sections) {
    for (const key of keys) {
      if (known.includes(key)) continue;
      const meant = known.find((k) => k.toLowerCase() === key.toLowerCase());
      if (!meant && !/^[A-Z]/.test(key)) continue;
      const where = at(ctx, [...path, key]);
      const section = path.join('.');
      errors.push({
        file: ctx.build.file,
        line: where.line,
        column: where.column,
        code: 'unknown-key',
        message: `${section}.${key} is not a Serverless Framework setting${meant ? ` (did you mean ${meant}?)` : ''}; the framework ignores it`,
        data: { key, section, meant: meant ?? '' },
      });
    }
  }
}

function readEvent(ctx: SlsContext, kind: string, input: EventInput, apis: ApiEvents, statements: unknown[]): void {
  switch (kind) {
    case 'http':
      apis.http.push(input);
      break;
    case 'httpApi':
      apis.httpApi.push(input);
      break;
    case 'websocket':
      apis.websocket.push(input);
      break;
    case 'sqs':
      sqsEvent(ctx, input, statements);
      break;
    case 'stream':
      streamEvent(ctx, input, statements);
      break;
    case 'sns':
      snsEvent(ctx, input);
      break;
    case 'schedule':
      scheduleEvent(ctx, input);
      break;
    case 'eventBridge':
      eventBridgeEvent(ctx, input);
      break;
    case 's3':
      s3Event(ctx, input);
      break;
    case 'alb':
      albEvent(ctx, input);
      break;
    default:
      // cloudwatchLog, iot, cognitoUserPool, kafka…: the function is still read; the trigger is not modelled.
      break;
  }
}
