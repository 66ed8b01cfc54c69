// Output of `slens lens validate`: a contract (JSON: [{file, valid, errors: [{path, line, message}]}]).
import { formatLocated } from '../util/errors.js';
import type { LensParseResult } from './parse.js';

export function validationJson(results: readonly LensParseResult[]): string {
  const body = results.map((r) => ({
    file: r.file,
    valid: r.errors.length === 0,
    errors: r.errors.map(({ path, line, message }) => ({ path, line, message })),
    warnings: r.warnings.map(({ path, line, message }) => ({ path, line, message })),
  }));
  return JSON.stringify(body, null, 2);
}

export function validationText(results: readonly LensParseResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const e of r.errors) lines.push(formatLocated(`error: ${e.message}`, { file: r.file, line: e.line, column: e.column, path: e.path }));
    for (const w of r.warnings) lines.push(formatLocated(`warning: ${w.message}`, { file: r.file, line: w.line, column: w.column, path: w.path }));
    const summary = r.errors.length === 0 ? 'valid' : `invalid (${r.errors.length} error${r.errors.length === 1 ? '' : 's'})`;
    const warned = r.warnings.length ? `, ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}` : '';
    lines.push(`${r.file}: ${summary}${warned}`);
  }
  const valid = results.filter((r) => r.errors.length === 0).length;
  lines.push(`${valid} of ${results.length} lens file${results.length === 1 ? '' : 's'} valid`);
  return lines.join('\n');
}
