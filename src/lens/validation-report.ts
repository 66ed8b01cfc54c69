// Output of `slens lens validate`: a contract (JSON: [{file, valid, errors: [{path, line, message}]}]).
// Messages are in the language asked (English unless asked); the JSON shape is the same in every language.
import { formatLocated } from '../util/errors.js';
import { fill, type Lang } from '../util/i18n.js';
import { REPORT_MESSAGES as M } from './messages.js';
import type { LensParseResult } from './parse.js';

export function validationJson(results: readonly LensParseResult[], lang: Lang = 'en'): string {
  const body = results.map((r) => ({
    file: r.file,
    valid: r.errors.length === 0,
    errors: r.errors.map(({ path, line, message }) => ({ path, line, message: message[lang] })),
    warnings: r.warnings.map(({ path, line, message }) => ({ path, line, message: message[lang] })),
  }));
  return JSON.stringify(body, null, 2);
}

export function validationText(results: readonly LensParseResult[], lang: Lang = 'en'): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const e of r.errors) lines.push(formatLocated(fill(M.error[lang], { message: e.message[lang] }), { file: r.file, line: e.line, column: e.column, path: e.path }, lang));
    for (const w of r.warnings) lines.push(formatLocated(fill(M.warning[lang], { message: w.message[lang] }), { file: r.file, line: w.line, column: w.column, path: w.path }, lang));
    const errors = r.errors.length;
    const summary = errors === 0 ? M.valid[lang] : fill((errors === 1 ? M.invalidOne : M.invalid)[lang], { count: errors });
    const warned = r.warnings.length ? fill((r.warnings.length === 1 ? M.warningsOne : M.warnings)[lang], { count: r.warnings.length }) : '';
    lines.push(`${r.file}: ${summary}${warned}`);
  }
  const valid = results.filter((r) => r.errors.length === 0).length;
  lines.push(fill((results.length === 1 ? M.totalOne : M.total)[lang], { valid, count: results.length }));
  return lines.join('\n');
}
