// What rules may know of the code beside a template: a reader of files relative to the template's folder
// (given by the scan, which owns file access), and the handler source a function's Handler/CodeUri name.
import { posix } from 'node:path';
import type { Resource } from '../../iac/types.js';
import type { RuleContext } from '../types.js';
import { literalString, valueAt } from '../../iac/values.js';

/** Reads a UTF-8 text file by a `/`-separated path relative to the template's folder; undefined when absent. */
export interface CodeReader {
  read(path: string): string | undefined;
  /**
   * The same object for every reader of one folder within a scan: what a rule derives from the files around the
   * folder alone (a CI workflow, a bot configuration above it) can be remembered by it instead of per template.
   */
  readonly folder?: object;
}

export interface HandlerSource {
  /** Path relative to the template's folder. */
  path: string;
  text: string;
  language: 'python' | 'node';
  /** The exported function name, e.g. `lambda_handler`. */
  name: string;
}

/** The folder of a function's code relative to the template (SAM CodeUri, a local Code path), or undefined. */
export function codeDir(fn: Resource, ctx: Pick<RuleContext, 'template'>): string | undefined {
  const code = fn.properties['Code'];
  if (code === undefined) return ctx.template.format === 'serverless' ? '.' : undefined;
  const key = literalString(valueAt(code, ['S3Key']));
  if (key === undefined || valueAt(code, ['S3Bucket']) !== undefined || /^s3:\/\//.test(key) || /\.(zip|jar)$/i.test(key)) return undefined;
  return posix.normalize(key.replace(/\\/g, '/')).replace(/\/$/, '') || '.';
}

/** The handler's source file and export, found from `Handler` and the code folder (inline code included). */
export function handlerSource(fn: Resource, ctx: Pick<RuleContext, 'template' | 'code'>): HandlerSource | 'unknown' | undefined {
  const handler = literalString(fn.properties['Handler']);
  const runtime = literalString(fn.properties['Runtime']) ?? '';
  const language = runtime.startsWith('python') ? 'python' : runtime.startsWith('nodejs') ? 'node' : undefined;
  if (!handler || !language) return undefined;
  const dot = handler.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const module = handler.slice(0, dot);
  const name = handler.slice(dot + 1);
  const inline = literalString(valueAt(fn.properties, ['Code', 'ZipFile']));
  if (inline !== undefined) return { path: '(inline)', text: inline, language, name };
  const reader = ctx.code;
  const dir = codeDir(fn, ctx);
  if (!reader || dir === undefined) return 'unknown';
  const base = language === 'python' ? module.replace(/\./g, '/') : module;
  const extensions = language === 'python' ? ['.py'] : ['.mjs', '.js', '.cjs', '.ts', '.mts'];
  for (const ext of extensions) {
    const path = posix.join(dir, `${base}${ext}`);
    const text = reader.read(path);
    if (text !== undefined) return { path, text, language, name };
  }
  return 'unknown';
}

/** Text of the handler function's body (Python: indented block; JavaScript: brace-matched), or undefined. */
export function handlerBody(source: HandlerSource): string | undefined {
  const { text, name } = source;
  const escaped = name.replace(/[$]/g, '\\$');
  if (source.language === 'python') {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((l) => new RegExp(`^(async\\s+)?def\\s+${escaped}\\s*\\(`).test(l));
    if (start < 0) return undefined;
    let end = start + 1;
    while (end < lines.length && (lines[end]?.trim() === '' || /^[\s)]/.test(lines[end] ?? '') || (lines[end] ?? '').trimStart().startsWith('#'))) end++;
    return lines.slice(start, end).join('\n');
  }
  const patterns = [
    `exports\\.${escaped}\\s*=`,
    `export\\s+(async\\s+)?function\\s*\\*?\\s*${escaped}\\b`,
    `export\\s+(const|let|var)\\s+${escaped}\\b`,
    `(async\\s+)?function\\s+${escaped}\\b`,
    `(const|let|var)\\s+${escaped}\\s*=`,
  ];
  for (const pattern of patterns) {
    const match = new RegExp(pattern).exec(text);
    if (!match) continue;
    const open = text.indexOf('{', match.index + match[0].length);
    if (open < 0) return undefined;
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      const ch = text[i];
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return text.slice(match.index, i + 1);
    }
    return text.slice(match.index);
  }
  return undefined;
}

/** Expressions that create an AWS SDK client (boto3, AWS SDK for JavaScript v2 and v3). */
export const SDK_CLIENT = /\bboto3\.(client|resource)\s*\(|\bboto3\.session\.Session\s*\(|\bnew\s+(AWS\.[A-Z]\w*|[A-Z]\w*Client)\s*\(|\bDynamoDBDocument(Client)?\.from\s*\(/g;

export function sdkClients(text: string): string[] {
  return [...text.matchAll(SDK_CLIENT)].map((m) => m[0].replace(/\s*\($/, ''));
}
