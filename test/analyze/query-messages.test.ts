// Every query error exists in English and Japanese: each catalog entry is triggered by a bad query, the English
// text is exactly the one users and scripts already compare, and the Japanese one is Japanese, at the same place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accumulatorFor } from '../../src/analyze/query/aggregates.js';
import { MAX_QUERY_LENGTH } from '../../src/analyze/query/lexer.js';
import { QUERY_FOUND, QUERY_MESSAGES, QUERY_NOUNS } from '../../src/analyze/query/messages.js';
import { MAX_DEPTH } from '../../src/analyze/query/parse-expr.js';
import { prepareQuery } from '../../src/analyze/query/run.js';
import { formatUserError, isUserError, type UserError } from '../../src/util/errors.js';
import type { Localized } from '../../src/util/i18n.js';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

type Key = keyof typeof QUERY_MESSAGES;

/** A catalog text as a pattern: placeholders match anything. */
function pattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '[\\s\\S]*?');
  return new RegExp(`^${escaped}$`);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** The error of a query that fails to parse or to build (pct() is checked when `stats` is built). */
function errorOf(query: string): UserError {
  try {
    prepareQuery(query);
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  assert.fail(`expected an error for ${JSON.stringify(query)}`);
}

function localized(error: UserError): Localized {
  assert.ok(error.localized, `no Japanese for "${error.message}"`);
  return error.localized;
}

/** Catalog entry, bad query, line, column, and the English message exactly as it was before it had a Japanese twin. */
const BAD_QUERIES: [Key, string, number, number, string][] = [
  ['tooLong', 'x'.repeat(MAX_QUERY_LENGTH + 1), 1, 1, `the query is longer than ${MAX_QUERY_LENGTH} characters`],
  ['tooDeep', `filter ${'('.repeat(MAX_DEPTH + 5)}a${')'.repeat(MAX_DEPTH + 5)}`, 1, 8 + MAX_DEPTH, `the expression is nested more than ${MAX_DEPTH} levels deep`],
  ['unterminatedField', 'fields `abc', 1, 8, 'unterminated `quoted field`'],
  ['unterminatedString', 'filter a = "open', 1, 12, 'unterminated string'],
  ['unterminatedRegex', 'filter a like /open', 1, 15, 'unterminated regular expression'],
  ['regexFlag', 'filter a like /x/g', 1, 15, 'unknown regular expression flag in "g" (use i, m or s)'],
  ['notNumber', 'filter a = 1.2.3', 1, 12, '"1.2.3" is not a number'],
  ['character', 'filter a ! b', 1, 10, 'unexpected character "!"'],
  ['invalidRegex', 'filter a like /(/', 1, 15, 'invalid regular expression: /(/: Unterminated group'],
  ['regexBackReference', 'filter a like /(a)\\1/', 1, 15, 'the regular expression /(a)\\1/ uses a back-reference, which slens refuses: it would need a backtracking engine that can run for hours on one line'],
  ['regexBackReference', 'parse @message /(?<a>x)\\k<a>/', 1, 16, 'the regular expression /(?<a>x)\\k<a>/ uses a back-reference, which slens refuses: it would need a backtracking engine that can run for hours on one line'],
  ['regexLookaround', 'filter @message like /error(?!: retried)/', 1, 22, 'the regular expression /error(?!: retried)/ uses lookahead or lookbehind, which slens refuses: it would need a backtracking engine that can run for hours on one line'],
  ['regexLookaround', 'filter @message like /(?<=user=)\\w+/i', 1, 22, 'the regular expression /(?<=user=)\\w+/i uses lookahead or lookbehind, which slens refuses: it would need a backtracking engine that can run for hours on one line'],
  ['regexUnsupported', 'filter a like /x\\Z/', 1, 15, 'the regular expression /x\\Z/ is not supported by the linear-time engine: invalid escape sequence: \\Z'],
  ['expectedOp', 'filter (a = 1', 1, 14, 'expected ")" to close "(", found the end of the query'],
  ['expectedOp', 'filter a in [1, 2', 1, 18, 'expected "]" to close the list, found the end of the query'],
  ['expectedOp', 'fields strlen(a', 1, 16, 'expected ")" to close strlen(, found the end of the query'],
  ['expectedOp', 'fields a[1', 1, 11, 'expected "]" to close the index, found the end of the query'],
  ['inList', 'filter a in 3', 1, 10, '"in" needs a list such as [1, 2, 3]'],
  ['inList', 'filter a not in 3', 1, 10, '"not in" needs a list such as [1, 2, 3]'],
  ['likeOperand', 'filter a like 3 + 4', 1, 10, '"like" needs a "substring" or a /regular expression/'],
  ['likeOperand', 'filter a not like [1]', 1, 10, '"not like" needs a "substring" or a /regular expression/'],
  ['timeUnit', 'stats count(*) by bin(5x)', 1, 23, 'unknown time unit "x" (use ms, s, m, h, d, w, mo, q or y, or their long names such as minutes)'],
  ['periodWhole', 'stats count(*) by bin(1.5mo)', 1, 23, 'a period in "mo" must be a whole number'],
  ['periodZero', 'stats count(*) by bin(0m)', 1, 23, 'a time period must be greater than zero'],
  ['expectedValue', 'stats count(*) by', 1, 18, 'expected a field, a value or a function, found the end of the query'],
  ['unknownFunctionHint', 'fields strln(a)', 1, 8, 'unknown function "strln" (did you mean strlen?)'],
  ['unknownFunction', 'fields nosuch(x)', 1, 8, 'unknown function "nosuch"'],
  ['arityOne', 'stats avg()', 1, 7, 'avg() takes 1 argument, not 0'],
  ['arity', 'fields strcontains(a)', 1, 8, 'strcontains() takes 2 arguments, not 1'],
  ['arityRange', 'fields substr(a)', 1, 8, 'substr() takes 2 to 3 arguments, not 1'],
  ['arityRangeOne', 'stats count(a, b)', 1, 7, 'count() takes 0 to 1 argument, not 2'],
  ['aggregateOutside', 'filter avg(x) > 1', 1, 8, 'avg() is an aggregate: use it in "stats"'],
  ['nestedAggregate', 'stats avg(sum(x))', 1, 7, 'aggregates cannot be nested inside avg()'],
  ['binPeriod', 'stats count(*) by bin(a)', 1, 19, 'bin() takes a time period such as 5m or 1h'],
  ['datePeriod', 'fields datefloor(@timestamp, a)', 1, 8, 'datefloor() takes a time period as its second argument'],
  ['expected', 'fields a as 1', 1, 13, 'expected a name after "as", found "1"'],
  ['expected', 'dedup 1', 1, 7, 'expected a field to dedup on, found "1"'],
  ['expected', 'parse @message "a * b" as 1', 1, 27, 'expected a field name, found "1"'],
  ['exprBefore', 'stats count(*), by x', 1, 17, 'expected an expression before "by"'],
  ['expectedCommand', 'fields a | 1', 1, 12, 'expected a command (fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff), found "1"'],
  ['expectedCommand', 'fields a | /x/i', 1, 12, 'expected a command (fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff), found /x/'],
  ['notAggregate', 'stats x', 1, 1, '"x" is not an aggregate such as count(*) or avg(@duration)'],
  ['unnestInto', 'unnest items as item', 1, 14, 'expected "into" and a name after the unnest list, found "as"'],
  ['afterDedup', 'fields a | dedup a\n| sort a desc', 2, 3, '"sort" cannot follow dedup: only limit may come after it (sort and choose fields before dedup)'],
  ['tooManyStats', 'stats count(*) as n by a | stats sum(n) as m by b | stats max(m)', 1, 53, 'a query can have at most two stats commands'],
  ['limit', 'limit 0', 1, 7, 'limit takes a whole number from 1 to 10000'],
  ['unknownCommandHint', 'filtr a = 1', 1, 1, 'unknown command "filtr" (did you mean filter?); commands: fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff'],
  ['unknownCommand', 'xyzzy a', 1, 1, 'unknown command "xyzzy"; commands: fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff'],
  ['sourceForm', 'SOURCE fields a', 1, 8, 'SOURCE takes logGroups(namePrefix: ["/aws/lambda/name", …], class: STANDARD, accountIdentifiers: ["111122223333"])'],
  ['sourceList', 'SOURCE logGroups(namePrefix: 5)', 1, 30, 'namePrefix takes a "string" or a list of strings such as ["/aws/lambda/a", "/aws/lambda/b"]'],
  ['sourceList', 'SOURCE logGroups(namePrefix: ["a" "b"])', 1, 35, 'namePrefix takes a "string" or a list of strings such as ["/aws/lambda/a", "/aws/lambda/b"]'],
  ['sourceKey', 'SOURCE logGroups(name: ["a"])', 1, 18, 'unknown logGroups() argument "name" (use namePrefix, class or accountIdentifiers)'],
  ['sourceClass', 'SOURCE logGroups(namePrefix: ["a"], class: COLD)', 1, 44, 'class is one of STANDARD, INFREQUENT_ACCESS'],
  ['sourceClass', 'SOURCE logGroups(namePrefix: ["a"], class: ["STANDARD" "COLD"])', 1, 56, 'class is one of STANDARD, INFREQUENT_ACCESS'],
  [
    'sourceInfrequent',
    "SOURCE logGroups(class: ['INFREQUENT_ACCESS'])",
    1,
    26,
    'class INFREQUENT_ACCESS cannot be applied: log files do not say which log class their group is in. Give the files of the Infrequent Access groups and leave class out (without it, every file given is read)',
  ],
  ['sourceNotFirst', 'fields a | SOURCE logGroups(namePrefix: ["a"])', 1, 12, 'SOURCE must come before the first command'],
  ['diffPeriod', 'diff yesterday', 1, 6, 'diff compares with the previous period, or with previousDay, previousWeek or previousMonth; found "yesterday"'],
  ['diffOnce', 'diff | diff', 1, 8, 'a query can have one diff command'],
  ['diffAfter', 'stats count(*) | diff', 1, 1, '"stats" cannot come before diff: diff compares the events themselves (filter, parse, fields and pattern may come before it)'],
  ['patternBeforeDiff', 'pattern @message | filter a = 1 | diff', 1, 1, 'a pattern used by diff must come just before it ("pattern msg | diff")'],
  ['parseNoGroups', 'parse @message /no groups/', 1, 16, 'a parse regular expression needs named groups such as (?<user>\\S+)'],
  ['parseRegexAs', 'parse @message /(?<a>x)/ as b', 1, 26, 'a parse regular expression names its fields with (?<name>…) groups, not "as"'],
  ['parsePattern', 'parse @message 3', 1, 16, 'parse needs a "glob * pattern" or a /regular expression/, found "3"'],
  ['parseNoStar', 'parse @message "no star" as x', 1, 16, 'a parse pattern needs at least one * to capture'],
  ['parseAsOne', 'parse @message "a *"', 1, 21, 'expected "as" and 1 field name after the pattern'],
  ['parseAs', 'parse @message "a * b *"', 1, 25, 'expected "as" and 2 field names after the pattern'],
  ['parseCountOne', 'parse @message "a * b * c" as x', 1, 16, 'the pattern has 2 * but 1 name follow "as"'],
  ['parseCount', 'parse @message "a *" as x, y', 1, 16, 'the pattern has 1 * but 2 names follow "as"'],
  ['empty', '', 1, 1, 'the query is empty'],
  ['commandBeforePipe', '| fields a', 1, 1, 'expected a command before "|"'],
  ['pipeOrEnd', 'filter a = 1 b', 1, 14, 'expected "|" or the end of the query, found "b"'],
  ['pipeOrEnd', 'filter a = /r/ 5m', 1, 16, 'expected "|" or the end of the query, found "5m"'],
  ['pipeOrEnd', 'filter a = 1 "x\\"y"', 1, 14, 'expected "|" or the end of the query, found "x\\"y"'],
  ['commandAfterPipe', 'fields a |', 1, 11, 'expected a command after "|"'],
  ['pctRange', 'stats pct(@duration, 101)', 1, 7, 'pct() takes a percentile from 0 to 100 as its second argument, e.g. pct(@duration, 99)'],
  ['expectedValue', "fields a\n| filter b = = 2", 2, 14, 'expected a field, a value or a function, found "="'],
  ['character', "filter a = \u0000", 1, 12, 'unexpected character "\\u0000"'],
];

test('every catalog entry has the same placeholders in English and Japanese, and Japanese text', () => {
  const catalogs = { QUERY_NOUNS, QUERY_FOUND, QUERY_MESSAGES };
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const [key, text] of Object.entries(catalog as Record<string, Localized>)) {
      assert.deepEqual(placeholders(text.ja), placeholders(text.en), `${name}.${key}`);
      assert.ok(text.ja.trim() !== '', `${name}.${key}: Japanese is empty`);
      assert.notEqual(text.ja, text.en, `${name}.${key}: Japanese is the English text`);
      assert.match(text.ja, JAPANESE, `${name}.${key}: no Japanese in "${text.ja}"`);
    }
  }
});

for (const [key, query, line, column, english] of BAD_QUERIES) {
  test(`${key}: ${JSON.stringify(query.length > 60 ? `${query.slice(0, 60)}…` : query)} in English and Japanese at ${line}:${column}`, () => {
    const error = errorOf(query);
    const message = localized(error);
    assert.equal(error.code, 'query-syntax');
    assert.deepEqual(error.location, { file: 'query', line, column });
    assert.equal(error.message, english, 'the English text is unchanged');
    assert.equal(message.en, english);
    assert.equal(error.messageIn('en'), english);
    assert.ok(message.ja.trim() !== '', 'Japanese is empty');
    assert.notEqual(message.ja, message.en);
    assert.match(message.ja, JAPANESE);
    assert.equal(error.messageIn('ja'), message.ja);
    // Both texts come from the same entry.
    assert.match(message.en, pattern(QUERY_MESSAGES[key].en));
    assert.match(message.ja, pattern(QUERY_MESSAGES[key].ja));
    assert.equal(formatUserError(error, 'ja'), `query:${line}:${column}: ${message.ja}`);
    assert.equal(formatUserError(error, 'en'), `query:${line}:${column}: ${english}`);
  });
}

test('every catalog entry is triggered by some bad query (two guards are unreachable from a query)', () => {
  const unreachable: Key[] = ['statsNeedsAggregate', 'unknownAggregate'];
  const triggered = new Set(BAD_QUERIES.map(([key]) => key));
  for (const key of Object.keys(QUERY_MESSAGES) as Key[]) {
    if (unreachable.includes(key)) assert.ok(!triggered.has(key), `${key} is reachable now: move it into the table`);
    else assert.ok(triggered.has(key), `no bad query for "${key}" (${QUERY_MESSAGES[key].en})`);
  }
  // Every noun and every kind of "found" is read in Japanese somewhere.
  const japanese = BAD_QUERIES.map(([, query]) => localized(errorOf(query)).ja);
  const seen = (text: string): boolean => japanese.some((m) => pattern(text).test(m) || m.includes(text.replace(/\{\w+\}/g, '')));
  for (const [key, text] of Object.entries({ ...QUERY_NOUNS, ...QUERY_FOUND })) assert.ok(seen(text.ja), `${key} (${text.ja}) is never shown`);
});

test('unknownAggregate: a guard behind the parser, in both languages at the aggregate', () => {
  let error: unknown;
  try {
    accumulatorFor({ fn: 'nosuch', args: [], pos: { line: 2, column: 9 } });
  } catch (caught) {
    error = caught;
  }
  assert.ok(isUserError(error));
  assert.equal(error.code, 'query-syntax');
  assert.deepEqual(error.location, { file: 'query', line: 2, column: 9 });
  assert.equal(error.message, 'unknown aggregate nosuch()');
  assert.equal(error.messageIn('ja'), '集計関数 nosuch() はありません');
});

test('the Japanese keeps names, fields, operators and the user input as written', () => {
  const ja = (query: string): string => localized(errorOf(query)).ja;
  assert.equal(ja('stats count(*) by'), 'フィールド、値または関数が必要ですが、クエリが終わっています');
  assert.equal(ja('fields strln(a)'), '関数 "strln" はありません（strlen ではありませんか？）');
  assert.equal(ja('fields strlen(a'), 'strlen( を閉じる ")" が必要ですが、クエリが終わっています');
  assert.equal(ja('filter a = 1 "x\\"y"'), '"|" またはクエリの終わりが必要ですが、"x\\"y" があります');
  assert.equal(ja('stats pct(@duration, 101)'), 'pct() の2番目の引数には 0 から 100 までのパーセンタイルを指定してください（例: pct(@duration, 99)）');
  assert.equal(ja('filter a not in 3'), '"not in" には [1, 2, 3] のようなリストが必要です');
  assert.equal(ja('parse @message "a * b * c" as x'), 'パターンには * が2個ありますが、"as" の後の名前は1個です');
  // A value that looks like a placeholder is user input, never read as one.
  assert.equal(ja('filter a = 1 {found}'), '予期しない文字 "{" があります');
  assert.equal(ja('fields a | `{what}`'), 'コマンド（fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff）が必要ですが、"{what}" があります');
  assert.equal(errorOf('fields a | `{what}`').message, 'expected a command (fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff), found "{what}"');
});
