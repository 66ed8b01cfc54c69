// A cheap test on a raw log line, derived from the query's leading `filter`s, that rejects lines which
// cannot match before they are parsed (most of a big file, for a selective query). It only uses text
// comparisons whose literal must appear verbatim in the line: `key = "text"`, `@type = "REPORT"`,
// `like "substring"`, combined with and/or. Anything else places no condition, so results never change;
// only the lines skipped this way are not checked for being well-formed.
import type { Expr, Query } from './ast.js';
import { JSON_PLATFORM_TYPES } from '../read/platform.js';

type Condition = { kind: 'any'; texts: string[] } | { kind: 'and' | 'or'; parts: Condition[] };
type Need = Condition | null;

/** Literals that appear unchanged in raw JSON or text: ASCII that no JSON writer escapes (not even `/`). */
const VERBATIM = /^[A-Za-z0-9_.:@$+-][A-Za-z0-9_.:@$+ -]*$/;

const PLATFORM_BY_TYPE = new Map<string, string>(Object.entries(JSON_PLATFORM_TYPES).map(([json, text]) => [text, json]));

function need(expr: Expr): Need {
  if (expr.kind === 'binary') {
    if (expr.op === 'and' || expr.op === 'or') {
      const left = need(expr.left);
      const right = need(expr.right);
      if (expr.op === 'and') return left && right ? { kind: 'and', parts: [left, right] } : (left ?? right);
      return left && right ? { kind: 'or', parts: [left, right] } : null;
    }
    if ((expr.op === '=' || expr.op === 'like') && expr.left.kind === 'field' && expr.right.kind === 'literal' && typeof expr.right.value === 'string') {
      const text = expr.right.value;
      if (!VERBATIM.test(text) || (expr.op === '=' && !Number.isNaN(Number(text)))) return null;
      const field = expr.left.name;
      if (field === '@type') {
        const json = PLATFORM_BY_TYPE.get(text);
        return { kind: 'any', texts: json ? [text, json] : [text] };
      }
      if (field === '@message' || (field.charCodeAt(0) !== 64 && expr.op === '=')) return { kind: 'any', texts: [text] };
    }
  }
  return null;
}

function compileNeed(n: Condition): (raw: string) => boolean {
  if (n.kind === 'any') {
    const [first, second] = n.texts;
    if (second === undefined) return (raw) => raw.includes(first as string);
    return (raw) => raw.includes(first as string) || raw.includes(second);
  }
  const parts = n.parts.map(compileNeed);
  const [a, b] = parts as [(raw: string) => boolean, (raw: string) => boolean];
  return n.kind === 'and' ? (raw) => a(raw) && b(raw) : (raw) => a(raw) || b(raw);
}

/** The line test for a query, or undefined when its first commands give no usable condition. */
export function prefilterOf(query: Query): ((raw: string) => boolean) | undefined {
  const needs: Condition[] = [];
  for (const command of query.commands) {
    if (command.kind === 'filter') {
      const n = need(command.expr);
      if (n) needs.push(n);
      continue;
    }
    // A plain field list changes no value; anything else (aliases, parse, stats…) ends the leading run.
    if (command.kind === 'fields' && command.items.every((p) => p.expr.kind === 'field' && p.expr.name === p.name)) continue;
    break;
  }
  if (needs.length === 0) return undefined;
  const tests = needs.map(compileNeed);
  return tests.length === 1 ? tests[0] : (raw) => tests.every((t) => t(raw));
}
