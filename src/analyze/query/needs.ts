// The record fields a query can ever read, worked out once from the parsed query, so the reader skips the
// rest (issue 18: a stats query over @-fields need not split runtime lines into request id and level).
// Conservative: any name that is not a known @-field (a JSON key, an alias, an unknown @-name) and any
// command that reads records in its own way (pattern, diff) asks for everything.
import type { Command, Expr, Query } from './ast.js';
import { ALL_NEEDS, type RecordNeeds } from '../read/needs.js';

/** @-fields the record answers without its JSON keys or its request id. */
const OWN_FIELDS = new Set([
  '@timestamp', '@message', '@logStream', '@type', '@duration', '@billedDuration', '@memorySize', '@maxMemoryUsed',
  '@initDuration', '@xrayTraceId', '@xraySegmentId', '@ingestionTime', '@log', '@file',
]);

function visit(expr: Expr, needs: RecordNeeds): void {
  switch (expr.kind) {
    case 'field':
      if (expr.name === '@requestId') needs.requestId = true;
      else if (!OWN_FIELDS.has(expr.name)) needs.fields = true;
      return;
    case 'list':
      for (const item of expr.items) visit(item, needs);
      return;
    case 'unary':
      visit(expr.arg, needs);
      return;
    case 'binary':
      visit(expr.left, needs);
      visit(expr.right, needs);
      return;
    case 'call':
      for (const arg of expr.args) visit(arg, needs);
      return;
    case 'index':
      visit(expr.base, needs);
      visit(expr.index, needs);
      return;
    default:
      return;
  }
}

/** The expressions of a command, or undefined when the command reads records beyond its expressions. */
function expressions(command: Command): Expr[] | undefined {
  switch (command.kind) {
    case 'fields':
    case 'display':
      return command.items.map((p) => p.expr);
    case 'filter':
      return [command.expr];
    case 'stats':
      return [...command.items.map((p) => p.expr), ...command.aggregates.flatMap((a) => a.args), ...command.by.map((p) => p.expr)];
    case 'sort':
      return command.keys.map((k) => k.expr);
    case 'limit':
      return [];
    case 'parse':
    case 'unnest':
      return [command.source];
    case 'dedup':
      return command.fields;
    default:
      return undefined;
  }
}

/** What the query reads from records. */
export function needsOf(query: Query): RecordNeeds {
  const needs: RecordNeeds = { fields: false, requestId: false };
  for (const command of query.commands) {
    const exprs = expressions(command);
    if (exprs === undefined) return { ...ALL_NEEDS };
    for (const expr of exprs) visit(expr, needs);
  }
  return needs;
}
