// The parsed form of a query: a pipeline of commands over expressions. Positions are kept so that
// evaluation-time problems (an unknown function, a bad bin unit) can still point at the column.

export interface Pos {
  line: number;
  column: number;
}

export type Expr =
  | { kind: 'field'; name: string; pos: Pos }
  | { kind: 'literal'; value: string | number | boolean | null; pos: Pos }
  | { kind: 'regex'; regex: RegExp; pos: Pos }
  /** A period: `ms` for fixed units; `months` (> 0) for month, quarter and year, which follow the calendar. */
  | { kind: 'duration'; ms: number; months: number; text: string; pos: Pos }
  | { kind: 'list'; items: Expr[]; pos: Pos }
  | { kind: 'unary'; op: 'not' | '-'; arg: Expr; pos: Pos }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: Pos }
  | { kind: 'call'; name: string; args: Expr[]; pos: Pos }
  /** `list[i]`: the i-th member (from 0) of a list value, or the member named i of an object. */
  | { kind: 'index'; base: Expr; index: Expr; pos: Pos }
  /** An aggregate of a `stats` command, replaced by its slot's value when the group is emitted. */
  | { kind: 'aggregate'; slot: number; pos: Pos };

export type BinaryOp = 'and' | 'or' | '=' | '!=' | '<' | '<=' | '>' | '>=' | 'like' | 'not like' | 'in' | 'not in' | '+' | '-' | '*' | '/' | '%' | '^';

export interface Projection {
  expr: Expr;
  /** Output column name: the alias, or the expression's text as written. */
  name: string;
}

export interface AggregateSpec {
  fn: string;
  args: Expr[];
  pos: Pos;
}

export interface SortKey {
  expr: Expr;
  desc: boolean;
}

export type Command =
  | { kind: 'fields'; items: Projection[]; pos: Pos }
  | { kind: 'display'; items: Projection[]; pos: Pos }
  | { kind: 'filter'; expr: Expr; pos: Pos }
  | { kind: 'stats'; items: Projection[]; aggregates: AggregateSpec[]; by: Projection[]; pos: Pos }
  | { kind: 'sort'; keys: SortKey[]; pos: Pos }
  | { kind: 'limit'; count: number; pos: Pos }
  /** `extract` gives one value per name (RE2 for a regex, indexOf for a glob), or null when the text does not match. */
  | { kind: 'parse'; source: Expr; extract: (text: string) => (string | undefined)[] | null; names: string[]; pos: Pos }
  | { kind: 'dedup'; fields: Expr[]; names: string[]; pos: Pos }
  /** `unnest list into item`: one row per member of the list (any other value is a list of one). */
  | { kind: 'unnest'; source: Expr; name: string; pos: Pos }
  /** `pattern [expr]`: rows become the patterns of the expression's text (@message by default). */
  | { kind: 'pattern'; source: Expr; pos: Pos }
  /** `diff [previousDay|previousWeek|previousMonth]`: the patterns of two periods side by side. */
  | { kind: 'diff'; period: DiffPeriod; pos: Pos };

export type DiffPeriod = 'previous' | 'previousDay' | 'previousWeek' | 'previousMonth';

/** `SOURCE logGroups(namePrefix: [...], class: ..., accountIdentifiers: [...])` before the first command. */
export interface SourceSpec {
  namePrefixes: string[];
  accounts: string[];
  /** STANDARD (the default, which every file is taken to be); INFREQUENT_ACCESS is refused when parsed. */
  logClass: string | undefined;
  pos: Pos;
}

export interface Query {
  source?: SourceSpec;
  commands: Command[];
}
