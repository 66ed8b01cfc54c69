// Resolves Serverless Framework variables (`${self:…}`, `${opt:…}`, `${sls:stage}`, `${env:…}`, `${file(…)}`,
// `${aws:region}`, fallbacks after a comma, nested variables) over the parsed serverless.yml. What cannot be
// known offline (ssm, s3, cf, unset options without fallback, JavaScript files) stays Symbolic. Cycles, include
// loops, runaway nesting and includes that leave the project folder end in a VariableError naming the path.
// CloudFormation's own `${AWS::Region}`, `${Bucket.Arn}` are no variables: they stay as written (placeholders.ts).
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve as resolvePath } from 'node:path';
import type { Symbolic } from '../types.js';
import { parseDocument } from '../yaml.js';
import { isFileReadError, readTextFile } from '../../util/read-file.js';
import { fillLater, type Localized } from '../../util/i18n.js';
import { isRecord, isSymbolic } from '../values.js';
import { UNREADABLE, substitute } from './placeholders.js';

export interface VariableOptions {
  /** CLI options (`--stage`, `--region`), as `${opt:…}` sees them. */
  options?: Readonly<Record<string, string>>;
  /** Environment for `${env:…}`; tests pass a fixed one so results do not depend on the shell. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Folder that `${file(…)}` may read from (the project folder); nothing outside it is read. */
  projectDir?: string;
}

/** A problem that stops resolution; `path` is where in serverless.yml the variable is written. */
export class VariableError extends Error {
  constructor(
    readonly code: 'variable-cycle' | 'variable-too-deep' | 'include-outside-project' | 'include-unreadable' | 'include-loop' | 'variable-too-large',
    message: string,
    public path: readonly (string | number)[] = [],
    /** The message in English and Japanese, when it was raised as a pair. */
    readonly localized?: Localized,
  ) {
    super(message);
  }
}

/** An included file refused by the bounded reader (a device, a pipe, too large, not UTF-8). */
const INCLUDE_REFUSED: Localized = { en: '${file({file})} is not read: {reason}', ja: '${file({file})} は読み込みません: {reason}' };

/** Most variables resolved inside one another (self → file → self …) before giving up. */
export const MAX_VARIABLE_DEPTH = 32;
/** Most `${…}` replacements in one document: bounds hostile documents whose variables fan out. */
export const MAX_VARIABLE_STEPS = 200_000;
/** Longest string that variable replacement may build (hostile documents double it at every level). */
export const MAX_VARIABLE_STRING = 256 * 1024;
/** Largest file `${file(…)}` reads. */
export const MAX_INCLUDE_BYTES = 5 * 1024 * 1024;

export function symbolic(expression: unknown): Symbolic {
  return { symbolic: true, expression };
}

/** Splits `a, 'b, c'` at the first comma outside quotes and parentheses. */
function splitFallback(body: string): [string, string | undefined] {
  let quote = '';
  let parens = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === ',' && parens === 0) return [body.slice(0, i).trim(), body.slice(i + 1).trim()];
  }
  return [body.trim(), undefined];
}

export class VariableResolver {
  private readonly stack: string[] = [];
  private steps = 0;
  /** Values read again for the variables inside them, one within another (a value may name itself). */
  private rereads = 0;
  private readonly memo = new Map<string, unknown>();
  private readonly includes = new Map<string, unknown>();
  private readonly projectDir: string;
  /** The path in serverless.yml being resolved at the top level (for error locations). */
  private currentPath: readonly (string | number)[] = [];

  constructor(
    private readonly root: unknown,
    private readonly settings: VariableOptions = {},
  ) {
    this.projectDir = resolvePath(settings.projectDir ?? '.');
  }

  /** The whole document with every variable resolved (or Symbolic). Throws VariableError. */
  resolveDocument(): unknown {
    return this.deep(this.root, []);
  }

  /** The stage: `--stage`, else `provider.stage`, else `dev` (the framework's default). */
  stage(): unknown {
    const opt = this.settings.options?.['stage'];
    if (opt) return opt;
    const provider = isRecord(this.root) ? this.root['provider'] : undefined;
    const written = isRecord(provider) ? provider['stage'] : undefined;
    if (written === undefined || written === null) return 'dev';
    return this.guard('sls:stage', () => this.deep(written, ['provider', 'stage']));
  }

  private deep(value: unknown, path: readonly (string | number)[]): unknown {
    if (typeof value === 'string') {
      if (path.length > 0 && this.stack.length === 0) this.currentPath = path;
      return value.includes('${') ? this.text(value) : value;
    }
    if (value === null || typeof value !== 'object' || isSymbolic(value)) return value;
    if (Array.isArray(value)) return value.map((item, i) => this.deep(item, [...path, i]));
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = this.deep(inner, [...path, key]);
    return out;
  }

  /** A string with `${…}`: nested variables first, so `${self:custom.${sls:stage}}` works; foreign `${…}` kept. */
  private text(input: string): unknown {
    this.step();
    const out = substitute(input, (body) => this.replacement(body), (length) => {
      if (length > MAX_VARIABLE_STRING) throw new VariableError('variable-too-large', `variables expand a value past ${MAX_VARIABLE_STRING} characters; refusing to go on`, this.currentPath);
    });
    // An object or an unknown value inside a longer string: the whole string is unknown.
    return out === UNREADABLE ? symbolic(input) : out;
  }

  private step(): void {
    if (++this.steps > MAX_VARIABLE_STEPS) throw new VariableError('variable-too-deep', `more than ${MAX_VARIABLE_STEPS} variable replacements; refusing to go on`, this.currentPath);
  }

  /** A variable's value; a text value that holds `${…}` itself (from env or opt) is read again, as before. */
  private replacement(body: string): unknown {
    this.step();
    const value = this.variable(body);
    if (typeof value !== 'string' || !value.includes('${')) return value;
    if (this.rereads >= MAX_VARIABLE_DEPTH) throw new VariableError('variable-too-deep', `variables nested more than ${MAX_VARIABLE_DEPTH} deep (\${${body}} …)`, this.currentPath);
    this.rereads++;
    try {
      return this.text(value);
    } finally {
      this.rereads--;
    }
  }

  /** One variable body such as `opt:stage, 'dev'`. */
  private variable(body: string): unknown {
    const [primary, fallback] = splitFallback(body);
    const value = this.source(primary);
    if (value !== undefined) return value;
    if (fallback === undefined) return symbolic(`\${${body}}`);
    return this.fallback(fallback);
  }

  private fallback(text: string): unknown {
    const quoted = /^(['"])(.*)\1$/s.exec(text);
    if (quoted) return quoted[2];
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (text === 'true' || text === 'false') return text === 'true';
    if (text === 'null') return null;
    // The framework also accepts a bare variable as the fallback (`${opt:stage, self:provider.stage}`).
    if (/^[a-zA-Z]+:/.test(text) || text.startsWith('file(')) return this.variable(text);
    return text;
  }

  /** undefined: not set (the fallback applies). */
  private source(primary: string): unknown {
    if (primary.startsWith('self:')) return this.self(primary.slice(5));
    if (primary.startsWith('opt:')) return this.settings.options?.[primary.slice(4)];
    if (primary === 'sls:stage') return this.stage();
    if (primary.startsWith('env:')) return this.settings.env?.[primary.slice(4)];
    if (primary.startsWith('file(')) return this.file(primary);
    if (primary === 'aws:region') return this.region();
    if (/^(strToBool)\(/.test(primary)) {
      const inner = /^strToBool\((.*)\)$/.exec(primary)?.[1]?.trim();
      return inner === 'true' ? true : inner === 'false' ? false : symbolic(`\${${primary}}`);
    }
    // ssm, s3, cf, aws:accountId, param, sls:instanceId…: known only when deploying.
    return symbolic(`\${${primary}}`);
  }

  private region(): unknown {
    const opt = this.settings.options?.['region'];
    if (opt) return opt;
    const provider = isRecord(this.root) ? this.root['provider'] : undefined;
    const written = isRecord(provider) ? provider['region'] : undefined;
    if (written === undefined || written === null) return 'us-east-1';
    return this.guard('aws:region', () => this.deep(written, ['provider', 'region']));
  }

  private guard(key: string, run: () => unknown): unknown {
    if (this.stack.includes(key)) {
      const chain = [...this.stack.slice(this.stack.indexOf(key)), key].join(' → ');
      throw new VariableError(key.startsWith('file:') ? 'include-loop' : 'variable-cycle', `variables refer to each other in a loop: ${chain}`, this.currentPath);
    }
    if (this.stack.length >= MAX_VARIABLE_DEPTH) {
      throw new VariableError('variable-too-deep', `variables nested more than ${MAX_VARIABLE_DEPTH} deep (${this.stack.slice(-3).join(' → ')} …)`, this.currentPath);
    }
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known;
    this.stack.push(key);
    try {
      const value = run();
      this.memo.set(key, value);
      return value;
    } finally {
      this.stack.pop();
    }
  }

  /** `${self:a.b.0}` reads the document itself; intermediate values may be variables too. */
  private self(address: string): unknown {
    // The framework fills these in even when serverless.yml leaves them out.
    if (address === 'provider.stage') return this.stage();
    if (address === 'provider.region') return this.region();
    const steps = address === '' ? [] : address.split('.');
    return this.guard(`self:${address}`, () => this.walk(this.root, steps, []));
  }

  private walk(start: unknown, steps: readonly string[], path: (string | number)[]): unknown {
    let current: unknown = start;
    for (const step of steps) {
      if (typeof current === 'string' && current.includes('${')) current = this.text(current);
      if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)];
      else if (isRecord(current)) current = current[step];
      else if (isSymbolic(current)) return symbolic(`\${self:${[...path, ...steps].join('.')}}`);
      else return undefined;
      path.push(step);
      if (current === undefined) return undefined;
    }
    return this.deep(current, path);
  }

  /** `${file(./config.yml):key}`: YAML or JSON inside the project folder; scripts are never run. */
  private file(primary: string): unknown {
    const match = /^file\(([^)]*)\)(?::(.*))?$/.exec(primary);
    if (!match) return symbolic(`\${${primary}}`);
    const target = (match[1] as string).trim().replace(/^['"]|['"]$/g, '');
    const absolute = resolvePath(this.projectDir, target);
    const rel = relative(this.projectDir, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new VariableError('include-outside-project', `\${file(${target})} points outside the project folder; it is not read`, this.currentPath);
    }
    if (!/\.(ya?ml|json)$/i.test(target)) return symbolic(`\${${primary}}`);
    const content = this.guard(`file:${absolute}`, () => this.readInclude(absolute, target));
    if (content === undefined) return undefined;
    const address = match[2]?.trim();
    if (!address) return content;
    return this.walk(content, address.split('.'), []);
  }

  private readInclude(absolute: string, shown: string): unknown {
    const cached = this.includes.get(absolute);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      // Symlinks must not lead outside the project either.
      const real = realpathSync(absolute);
      const realRel = relative(realpathSync(this.projectDir), real);
      if (realRel.startsWith('..') || isAbsolute(realRel)) throw new VariableError('include-outside-project', `\${file(${shown})} links outside the project folder; it is not read`, this.currentPath);
      // Bounded, regular files only: a FIFO or a device behind the name is refused, never waited on or read.
      text = readTextFile(real, { maxBytes: MAX_INCLUDE_BYTES, shown });
    } catch (error) {
      if (error instanceof VariableError) throw error;
      const refused = isFileReadError(error) && (error.code === 'not-a-file' || error.code === 'too-large' || error.code === 'not-utf8');
      if (refused) {
        const localized = fillLater(INCLUDE_REFUSED, { file: shown, reason: error.localized });
        throw new VariableError('include-unreadable', localized.en, this.currentPath, localized);
      }
      // A missing file (often left out of a shared sample): its value is unknown, like any unresolved variable.
      return undefined;
    }
    const parsed = parseDocument(absolute, text);
    if (parsed.value === undefined) {
      const first = parsed.errors[0];
      throw new VariableError('include-unreadable', `\${file(${shown})} cannot be read: ${dirname(shown) === '.' ? shown : shown}:${first?.line ?? 1}: ${first?.message ?? 'unreadable'}`, this.currentPath);
    }
    const resolved = this.deep(parsed.value, []);
    this.includes.set(absolute, resolved);
    return resolved;
  }
}
