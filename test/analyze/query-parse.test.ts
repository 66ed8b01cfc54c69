// The query parser: the commands it accepts, and errors that point at the line and column of the problem
// (including hostile queries: deep nesting, huge text, control characters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/analyze/query/parser.js';
import { MAX_QUERY_LENGTH, tokenize } from '../../src/analyze/query/lexer.js';
import { isUserError, type UserError } from '../../src/util/errors.js';

function errorOf(query: string): UserError {
  try {
    parseQuery(query);
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  assert.fail(`expected an error for ${query}`);
}

test("the talk's example parses as written", () => {
  const q = parseQuery('fields @timestamp, @message | filter cold_start=1 | sort @timestamp desc');
  assert.deepEqual(q.commands.map((c) => c.kind), ['fields', 'filter', 'sort']);
  const sort = q.commands[2];
  assert.ok(sort?.kind === 'sort');
  assert.equal(sort.keys[0]?.desc, true);
  const filter = q.commands[1];
  assert.ok(filter?.kind === 'filter' && filter.expr.kind === 'binary' && filter.expr.op === '=');
});

test('every command parses, with aliases, by-groups, comments and any keyword case', () => {
  const q = parseQuery(`FIELDS @duration / 1000 as seconds  # a comment
    | filter @type = "REPORT" and not (level in ["DEBUG", "TRACE"]) or @message like /timeout/i
    | parse @message "user=* took *ms" as user, ms
    | parse @message /id=(?<id>\\d+)/
    | stats count(*) as n, avg(@duration), pct(@duration, 99) by bin(5m), service
    | sort n desc, service asc | display n, service | dedup service | limit 20`);
  assert.deepEqual(q.commands.map((c) => c.kind), ['fields', 'filter', 'parse', 'parse', 'stats', 'sort', 'display', 'dedup', 'limit']);
  const stats = q.commands[4];
  assert.ok(stats?.kind === 'stats');
  assert.deepEqual(stats.items.map((i) => i.name), ['n', 'avg(@duration)', 'pct(@duration, 99)']);
  assert.deepEqual(stats.by.map((b) => b.name), ['bin(5m)', 'service']);
  assert.equal(stats.aggregates.length, 3);
  const globParse = q.commands[2];
  assert.ok(globParse?.kind === 'parse');
  assert.deepEqual(globParse.names, ['user', 'ms']);
  assert.deepEqual(globParse.extract('GET user=ann took 12ms ok'), ['ann', '12']);
  const regexParse = q.commands[3];
  assert.ok(regexParse?.kind === 'parse');
  assert.deepEqual(regexParse.names, ['id']);
  assert.deepEqual(regexParse.extract('x id=42 y'), ['42']);
  assert.equal(regexParse.extract('no number'), null);
});

test('a slash is division after a value and a regex where a value is expected', () => {
  const kinds = tokenize('fields a / 2 | filter b like /x/ | filter c = /y/').map((t) => t.kind);
  assert.deepEqual(kinds, ['ident', 'ident', 'op', 'number', 'op', 'ident', 'ident', 'ident', 'regex', 'op', 'ident', 'ident', 'op', 'regex', 'eof']);
});

const ERRORS: [string, number, number, RegExp][] = [
  ['', 1, 1, /empty/],
  ['fields @x | filter x = ', 1, 24, /expected a field, a value or a function, found the end/],
  ['fields a, | limit 2', 1, 11, /found "\|"/],
  ['fitler a = 1', 1, 1, /unknown command "fitler" \(did you mean filter\?\)/],
  ['filter a = 1 b', 1, 14, /expected "\|" or the end of the query, found "b"/],
  ['stats count(*) by bin(5qq)', 1, 23, /unknown time unit "qq"/],
  ['stats avg()', 1, 7, /avg\(\) takes 1 argument, not 0/],
  ['stats avg(sum(x))', 1, 7, /nested/],
  ['stats x', 1, 1, /not an aggregate/],
  ['filter avg(x) > 1', 1, 8, /aggregate: use it in "stats"/],
  ['fields nosuch(x)', 1, 8, /unknown function "nosuch"/],
  ['limit 0', 1, 7, /whole number from 1 to 10000/],
  ['limit 2.5', 1, 7, /whole number/],
  ['filter a in 3', 1, 10, /needs a list/],
  ['filter a like 3 + 4', 1, 10, /needs a "substring" or a \/regular expression\//],
  ['parse @message "a * b * c" as x', 1, 16, /2 \* but 1 name/],
  ['parse @message "no star" as x', 1, 16, /at least one \*/],
  ['parse @message /no groups/', 1, 16, /named groups/],
  ['filter a = "open', 1, 12, /unterminated string/],
  ['filter a like /open', 1, 15, /unterminated regular expression/],
  ['filter a like /(/', 1, 15, /invalid regular expression/],
  ['filter a ! b', 1, 10, /unexpected character "!"/],
  ['fields a\n| filter b = = 2', 2, 14, /expected a field/],
  ['fields a |', 1, 11, /expected a command after "\|"/],
  ['| fields a', 1, 1, /expected a command before "\|"/],
  ['stats count(*) by', 1, 18, /expected a field, a value/],
];

for (const [query, line, column, message] of ERRORS) {
  test(`error at ${line}:${column} for ${JSON.stringify(query)}`, () => {
    const error = errorOf(query);
    assert.equal(error.code, 'query-syntax');
    assert.match(error.message, message);
    assert.deepEqual(error.location, { file: 'query', line, column });
  });
}

test('hostile queries end in errors, not crashes', () => {
  assert.match(errorOf(`filter ${'('.repeat(20_000)}a${')'.repeat(20_000)}`).message, /nested more than/);
  assert.match(errorOf(`filter ${'not '.repeat(10_000)}a`).message, /nested more than/);
  assert.match(errorOf(`filter a = ${'-'.repeat(50_000)}1`).message, /nested more than/);
  assert.match(errorOf(`filter a = ${'2 ^ '.repeat(10_000)}1`).message, /nested more than/);
  assert.match(errorOf(`filter a in ${'['.repeat(50_000)}`).message, /nested more than/);
  assert.match(errorOf('x'.repeat(MAX_QUERY_LENGTH + 1)).message, /longer than/);
  assert.match(errorOf('filter a = \u0000\u0001').message, /unexpected character/);
  assert.match(errorOf('filter \uFFFD = 1').message, /unexpected character/);
  const many = Array.from({ length: 2000 }, (_, i) => `f${i}`).join(', ');
  assert.equal(parseQuery(`fields ${many}`).commands.length, 1, 'a long but flat query is fine');
});
