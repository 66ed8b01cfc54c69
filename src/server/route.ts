// A route as data: method, path, schemas and handler. The app validates with the schemas and the OpenAPI
// document is generated from the same objects, so the documentation cannot drift from the checks.
import type { z } from 'zod';
import type { ReviewService } from '../review/service.js';
import type { Lang } from '../util/i18n.js';
import type { Principal } from './tokens.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface HandlerInput<Q, B> {
  params: Record<string, string>;
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
  params: Record<string, z.ZodType>;
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

export function route<Q extends z.ZodType = z.ZodType<undefined>, B extends z.ZodType = z.ZodType<undefined>>(def: {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: Record<string, z.ZodType>;
  query?: Q;
  body?: B;
  response?: z.ZodType;
  status?: 200 | 201;
  bodyLimit?: number;
  handler: (input: HandlerInput<z.output<Q>, z.output<B>>) => Promise<HandlerResult>;
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
