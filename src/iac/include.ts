// `Fn::Transform: {Name: AWS::Include, Parameters: {Location: ./api.yaml}}`: `aws cloudformation package` and
// `sam deploy` upload a local include, so the template's truth (often a whole OpenAPI body) is in that file.
// The loader asks an IncludeReader for it and puts the parsed document where the transform was written.
// An include that is not read (remote, missing, refused) stays as written: a symbolic value, so rules
// answer unknown. The disk reader reads through the one bounded reader, inside the scan's folder only.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { LoadError, Location } from './types.js';
import type { PositionTable } from './yaml.js';
import { INCLUDE, parseDocument } from './yaml.js';
import { isRecord, WALK_DEPTH } from './values.js';
import { fileLoadError } from './file-error.js';
import { isFileReadError, readTextFile } from '../util/read-file.js';
import { fillLater } from '../util/i18n.js';

/**
 * The document at `location` (with where its values are written, in the file shown as `file`), a problem to
 * report, or undefined when the include is not read (remote, missing).
 */
export type IncludeReader = (location: string, at: Location) => { value: unknown; errors: readonly LoadError[]; positions?: PositionTable; file?: string } | { error: LoadError } | undefined;

/** Most includes inlined per template, and most values visited looking for them. */
export const MAX_INCLUDES = 100;
const MAX_VISITS = 200_000;

/** The local `Location` of an `AWS::Include` transform, else undefined. */
export function includeLocation(value: unknown): string | undefined {
  // Asked of every mapping of a template: most have no `Fn::Transform`, told without listing their keys.
  if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, 'Fn::Transform')) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const spec = value['Fn::Transform'];
  if (!isRecord(spec) || spec['Name'] !== INCLUDE) return undefined;
  const location = isRecord(spec['Parameters']) ? spec['Parameters']['Location'] : undefined;
  return typeof location === 'string' ? location : undefined;
}

/** Replaces each readable include under `root` with its document; problems go to `errors`. */
export function inlineIncludes(root: Record<string, unknown>, read: IncludeReader, ctx: { file: string; positions: PositionTable; errors: LoadError[] }): void {
  let visits = 0;
  let inlined = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > WALK_DEPTH || value === null || typeof value !== 'object' || ++visits > MAX_VISITS) return;
    // Keys listed before any include replaces a value (as Object.entries would), without a pair per value.
    const keys: readonly (string | number)[] | undefined = Array.isArray(value) ? undefined : Object.keys(value);
    const count = keys ? keys.length : (value as unknown[]).length;
    for (let k = 0; k < count; k++) {
      const key = keys ? (keys[k] as string) : k;
      const inner = (value as Record<string | number, unknown>)[key];
      const location = includeLocation(inner);
      if (location === undefined) {
        visit(inner, depth + 1);
        continue;
      }
      if (inlined >= MAX_INCLUDES) return;
      const pos = ctx.positions.get(value)?.get(key);
      const at: Location = { file: ctx.file, line: pos?.[0] ?? 1, column: pos?.[1] ?? 1 };
      const result = read(location, at);
      if (result === undefined) continue;
      if ('error' in result) {
        ctx.errors.push(result.error);
        continue;
      }
      ctx.errors.push(...result.errors);
      if (result.positions && result.file) adoptPositions(result.value, result.positions, result.file, ctx.positions);
      (value as Record<string | number, unknown>)[key] = result.value;
      inlined += 1;
    }
  };
  visit(root, 0);
}

/**
 * Makes the template's position table answer for the values of an included document, naming the included
 * file: a finding inside an included body points at the include's file and line.
 */
function adoptPositions(root: unknown, from: PositionTable, file: string, into: PositionTable): void {
  let visits = 0;
  const walk = (value: unknown, depth: number): void => {
    if (depth > WALK_DEPTH || value === null || typeof value !== 'object' || ++visits > MAX_VISITS || into.has(value)) return;
    const own = from.get(value);
    if (own) {
      into.set(value, {
        get: (key) => {
          const pos = own.get(key);
          return pos ? [pos[0], pos[1], pos[2] ?? file] : undefined;
        },
      });
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) walk(inner, depth + 1);
  };
  walk(root, 0);
}

const OUTSIDE = { en: 'the include {location} is outside the scanned folder; it is not read', ja: 'インクルード {location} はスキャンするフォルダーの外にあるため、読み込みません。' };
const NOT_A_MAPPING = { en: 'the include {location} is not a YAML or JSON document', ja: 'インクルード {location} は YAML または JSON の文書ではありません。' };

/**
 * Reads includes of the template at `templatePath` (shown as `shownTemplate`) from disk: a relative or
 * absolute local path, inside `root` even through symbolic links, at most `maxBytes`, YAML or JSON.
 */
export function diskIncludeReader(templatePath: string, shownTemplate: string, root: string, maxBytes: number): IncludeReader {
  const cache = new Map<string, ReturnType<IncludeReader>>();
  return (location, at) => {
    // `s3://bucket/key` and `https://…`: kept in S3, not readable here.
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return undefined;
    const absolute = resolve(dirname(templatePath), location);
    const shown = join(dirname(shownTemplate), location).split('\\').join('/');
    if (cache.has(absolute)) return cache.get(absolute);
    const result = readInclude(absolute, shown, location, root, maxBytes, at);
    cache.set(absolute, result);
    return result;
  };
}

function readInclude(absolute: string, shown: string, location: string, root: string, maxBytes: number, at: Location): ReturnType<IncludeReader> {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    // Missing (often left out of a shared sample): its content is unknown, like any unresolved value.
    return undefined;
  }
  const inside = relative(realpathSync(root), real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    const localized = fillLater(OUTSIDE, { location });
    return { error: { ...at, code: 'include-outside-root', message: localized.en, localized, data: { location } } };
  }
  let text: string;
  try {
    text = readTextFile(real, { maxBytes, shown });
  } catch (error) {
    if (isFileReadError(error)) return error.code === 'not-found' ? undefined : { error: fileLoadError(error) };
    throw error;
  }
  const doc = parseDocument(shown, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (doc.value === undefined || doc.value === null || typeof doc.value !== 'object') {
    const first = doc.errors[0];
    if (first) return { error: first };
    const localized = fillLater(NOT_A_MAPPING, { location });
    return { error: { file: shown, line: doc.start[0], column: doc.start[1], code: 'include-not-a-document', message: localized.en, localized, data: { location } } };
  }
  return { value: doc.value, errors: doc.errors, positions: doc.positions, file: shown };
}
