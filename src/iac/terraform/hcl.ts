// HCL → JSON with @cdktn/hcl2json (HashiCorp's HCL parser compiled to WebAssembly, shipped in the npm package:
// nothing is fetched). The package's API is async only because the WebAssembly module starts asynchronously;
// once started, its parse function answers synchronously. `prepareHcl` starts it once; `parseHcl` then parses
// without awaiting, so a Terraform folder loads inside the scan driver's synchronous loop.
import { createRequire } from 'node:module';

interface Hcl2Json {
  parse(filename: string, contents: string): Promise<Record<string, unknown>>;
}

type Callback = (error: unknown, result?: string) => void;
type SyncParse = (filename: string, contents: string, callback: Callback) => void;

let started: Promise<void> | undefined;
let syncParse: SyncParse | undefined;

/** What this file touches of Go's `wasm_exec.js` runtime (the class it puts on globalThis). */
interface GoRuntime {
  importObject?: { gojs?: Record<string, unknown> };
  _scheduledTimeouts?: Map<number, { unref?: () => void }>;
}
type GoClass = new () => GoRuntime;

/**
 * Go's runtime in WebAssembly sets JavaScript timers for its own background work (its garbage collector's
 * pacing); a pending one kept a finished scan's process alive for up to a second. Parsing never waits on
 * them (it answers synchronously), so they are unref'd: they still run while the process has other work.
 * Written defensively: if the runtime's shape differs, nothing is changed.
 */
function unrefGoTimers(require: NodeJS.Require): void {
  require('@cdktn/hcl2json/wasm/bridge_wasm_exec.js');
  const holder = globalThis as { Go?: GoClass };
  const Go = holder.Go;
  if (typeof Go !== 'function' || (Go as { slensTimersUnref?: boolean }).slensTimersUnref) return;
  const Patched = class extends Go {
    static slensTimersUnref = true;
    constructor() {
      super();
      const imports = this.importObject?.gojs;
      const schedule = imports?.['runtime.scheduleTimeoutEvent'];
      const timers = this._scheduledTimeouts;
      if (!imports || typeof schedule !== 'function' || !(timers instanceof Map)) return;
      imports['runtime.scheduleTimeoutEvent'] = (sp: number) => {
        (schedule as (sp: number) => void)(sp);
        for (const timer of timers.values()) timer.unref?.();
      };
    }
  };
  holder.Go = Patched;
}

/** Starts the parser (about 0.1–0.3 s, once per process). Safe to call many times. */
export function prepareHcl(): Promise<void> {
  started ??= (async () => {
    const require = createRequire(import.meta.url);
    unrefGoTimers(require);
    const hcl = require('@cdktn/hcl2json') as Hcl2Json;
    await hcl.parse('start.tf', '');
    const bridge = (globalThis as { __parse_terraform_config_wasm__?: { parse?: SyncParse } }).__parse_terraform_config_wasm__;
    if (typeof bridge?.parse === 'function') syncParse = bridge.parse;
  })();
  return started;
}

export function hclReady(): boolean {
  return syncParse !== undefined;
}

/** Deepest bracket nesting parsed (the parser recurses; real configurations stay far below this). */
export const MAX_HCL_NESTING = 256;

/** Deepest nesting of ( [ { in the text, and the line where it is first passed; strings are not told apart (an upper bound). */
function nesting(text: string): { max: number; line: number } {
  let depth = 0;
  let max = 0;
  let line = 1;
  let at = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    else if (c === 40 || c === 91 || c === 123) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max === MAX_HCL_NESTING + 1) at = line;
      }
    } else if (c === 41 || c === 93 || c === 125) depth -= 1;
  }
  return { max, line: at };
}

export interface HclError {
  line: number;
  column: number;
  message: string;
}

export type HclResult = { value: Record<string, unknown> } | { error: HclError };

/** The parsed file, or the first error with its position. Throws only if `prepareHcl` has not finished. */
export function parseHcl(file: string, text: string): HclResult {
  if (!syncParse) throw new Error('the HCL parser is not started: await prepareHcl() first');
  const depth = nesting(text);
  if (depth.max > MAX_HCL_NESTING) return { error: { line: depth.line, column: 1, message: `brackets nested deeper than ${MAX_HCL_NESTING} levels; refusing to parse further` } };
  let answer: { error: unknown; result?: string } | undefined;
  try {
    syncParse(file, text, (error, result) => {
      answer = { error, ...(result !== undefined ? { result } : {}) };
    });
  } catch (error) {
    // The parser recurses; a stack overflow in it is an unreadable file, not a crash of the scan.
    return { error: { line: 1, column: 1, message: `the HCL parser failed: ${(error as Error).message}` } };
  }
  if (!answer) return { error: { line: 1, column: 1, message: 'the HCL parser did not answer synchronously' } };
  if (answer.error) return { error: hclError(String(answer.error)) };
  try {
    const value = JSON.parse(answer.result ?? '{}') as unknown;
    return { value: value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {} };
  } catch {
    return { error: { line: 1, column: 1, message: 'the HCL parser returned unreadable JSON' } };
  }
}

/** `parse config: [main.tf:3,14-15: Unclosed configuration block; …]` (or a range `2,10-3,1`) → line 3, column 14. */
function hclError(text: string): HclError {
  const match = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^;\]]*)/.exec(text);
  if (!match) return { line: 1, column: 1, message: text.replace(/^parse config:\s*/, '') };
  return { line: Number(match[1]), column: Number(match[2]), message: (match[3] ?? '').trim() || text };
}

/** Parses one HCL expression (e.g. the object inside `jsonencode(…)`) into JSON, or undefined. */
export function parseHclExpression(expression: string): unknown {
  if (!syncParse) return undefined;
  const parsed = parseHcl('expression.tf', `value = ${expression}\n`);
  return 'value' in parsed ? parsed.value['value'] : undefined;
}
