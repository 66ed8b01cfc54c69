// A route as data: method, path, schemas and handler. The app validates with the schemas and the OpenAPI
// document is generated from the same objects, so the documentation cannot drift from the checks.
import type { z } from 'zod';
import type { ReviewService } from '../review/service.js';
import type { Lang } from '../util/i18n.js';
import type { Principal } from './tokens.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A route's path parameters by name, each a string the route's schema has accepted. */
export type ParamSchemas = Record<string, z.ZodType>;
export type ParamValues<P extends ParamSchemas> = { readonly [K in keyof P]: string };

export interface HandlerInput<Q, B, P extends ParamSchemas = ParamSchemas> {
  params: ParamValues<P>;
  query: Q;
  body: B;
  lang: Lang;
  principal: Principal;
  service: ReviewService;
}

/** A handler returns JSON (status from the route) or a ready Response (e.g. a file download). */
export type HandlerResult = unknown;

export interface RouteDef {
  method: Method;
  /** OpenAPI-style path, e.g. `/api/workloads/{workloadId}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params: ParamSchemas;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  status: 200 | 201;
  /** Largest accepted request body in bytes. */
  bodyLimit: number;
  /** Writes need an admin or editor token. */
  write: boolean;
  handler: (input: HandlerInput<unknown, unknown>) => Promise<HandlerResult>;
}

export const DEFAULT_BODY_LIMIT = 256 * 1024;
export const LARGE_BODY_LIMIT = 4 * 1024 * 1024;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a route without path parameters has none
export function route<Q extends z.ZodType = z.ZodType<undefined>, B extends z.ZodType = z.ZodType<undefined>, P extends ParamSchemas = {}>(def: {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response?: z.ZodType;
  status?: 200 | 201;
  bodyLimit?: number;
  handler: (input: HandlerInput<z.output<Q>, z.output<B>, P>) => Promise<HandlerResult>;
}): RouteDef {
  return {
    ...def,
    params: def.params ?? {},
    status: def.status ?? 200,
    bodyLimit: def.bodyLimit ?? DEFAULT_BODY_LIMIT,
    write: def.method !== 'get',
    handler: def.handler as RouteDef['handler'],
  };
}
