// The record fields a query can ever read, worked out once from the parsed query, so the reader skips the
// rest (issue 18: a stats query over @-fields need not split runtime lines into request id and level).
// Conservative: any name that is not a known @-field or an alias (a JSON key, an unknown @-name) and any
// command that reads records in its own way (pattern, diff) asks for everything. An alias is a name that an
// earlier fields, display or unnest always sets (parse sets its names only on lines that match, so they are
// not aliases); nothing after stats reads records (stats makes rows of its own).
import type { Command, Expr, Query } from './ast.js';
import { ALL_NEEDS, type RecordNeeds } from '../read/needs.js';

/** @-fields the record answers without its JSON keys or its request id. */
const OWN_FIELDS = new Set([
  '@timestamp', '@message', '@logStream', '@type', '@duration', '@billedDuration', '@memorySize', '@maxMemoryUsed',
  '@initDuration', '@xrayTraceId', '@xraySegmentId', '@ingestionTime', '@log', '@file',
]);

function visit(expr: Expr, needs: RecordNeeds, aliases: ReadonlySet<string>): void {
  switch (expr.kind) {
    case 'field': {
      const name = expr.name;
      const dot = name.indexOf('.');
      // A row's own value is read first (for `j.user`, the member of its own `j`): see Row.get.
      if (aliases.has(name) || (dot > 0 && aliases.has(name.slice(0, dot)))) return;
      if (name === '@requestId') needs.requestId = true;
      else if (!OWN_FIELDS.has(name)) needs.fields = true;
      return;
    }
    case 'list':
      for (const item of expr.items) visit(item, needs, aliases);
      return;
    case 'unary':
      visit(expr.arg, needs, aliases);
      return;
    case 'binary':
      visit(expr.left, needs, aliases);
      visit(expr.right, needs, aliases);
      return;
    case 'call':
      for (const arg of expr.args) visit(arg, needs, aliases);
      return;
    case 'index':
      visit(expr.base, needs, aliases);
      visit(expr.index, needs, aliases);
      return;
    default:
      return;
  }
}

/** Names a command always sets on every row it passes on (a same-name field is read from the record instead). */
function setNames(command: Command): string[] {
  switch (command.kind) {
    case 'fields':
    case 'display':
      return command.items.filter((p) => !(p.expr.kind === 'field' && p.expr.name === p.name)).map((p) => p.name);
    case 'unnest':
      return [command.name];
    default:
      return [];
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
  const aliases = new Set<string>();
  let afterStats = false;
  for (const command of query.commands) {
    const exprs = expressions(command);
    if (exprs === undefined) return { ...ALL_NEEDS };
    if (afterStats) continue;
    for (const expr of exprs) visit(expr, needs, aliases);
    for (const name of setNames(command)) aliases.add(name);
    if (command.kind === 'stats') afterStats = true;
  }
  return needs;
}
