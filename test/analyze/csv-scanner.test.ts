// The console's CSV downloads end rows with CRLF: the CR belongs to the row end, never to the last field, wherever
// the file's chunks happen to split (between CR and LF too); a CR inside a quoted field is data and is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvScanner } from '../../src/analyze/read/csv.js';
import { runQuery } from '../../src/analyze/query/run.js';
import { formatQueryResult } from '../../src/analyze/query/output.js';
import { tempDir } from './read-helpers.js';

/** Rows of `text` written in the given pieces. */
function scan(pieces: string[]): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvScanner({ row: (fields) => rows.push(fields), bad: (reason, line) => assert.fail(`line ${line}: ${reason}`) }, 1e6);
  for (const piece of pieces) scanner.write(piece);
  scanner.end();
  return rows;
}

/** Every way of cutting `text` in two, and one character at a time. */
function splits(text: string): string[][] {
  const out: string[][] = [[text], [...text]];
  for (let k = 1; k < text.length; k++) out.push([text.slice(0, k), text.slice(k)]);
  return out;
}

const CASES: [name: string, text: string, rows: string[][]][] = [
  ['unquoted last field', '@timestamp,@message,level\r\n2026-11-02 10:00:00.000,started,INFO\r\n2026-11-02 10:01:00.000,boom,ERROR\r\n', [['@timestamp', '@message', 'level'], ['2026-11-02 10:00:00.000', 'started', 'INFO'], ['2026-11-02 10:01:00.000', 'boom', 'ERROR']]],
  ['quoted last field', '"@timestamp","@message"\r\n"2026-11-02 10:00:00.000","a, b"\r\n', [['@timestamp', '@message'], ['2026-11-02 10:00:00.000', 'a, b']]],
  ['empty last field', 'timestamp,message,extra\r\n1793613600000,x,\r\n', [['timestamp', 'message', 'extra'], ['1793613600000', 'x', '']]],
  ['no line end after the last row', 'timestamp,message\r\n1793613600000,last', [['timestamp', 'message'], ['1793613600000', 'last']]],
  ['a CR that ends the file', 'timestamp,message\r\n1793613600000,last\r', [['timestamp', 'message'], ['1793613600000', 'last']]],
  ['a CR inside quotes is data (LF file)', 'timestamp,message\n1793613600000,"ends with CR\r"\n', [['timestamp', 'message'], ['1793613600000', 'ends with CR\r']]],
  ['a CR inside quotes is data (CRLF file)', 'timestamp,message\r\n1793613600000,"two\r\nlines\r"\r\n', [['timestamp', 'message'], ['1793613600000', 'two\r\nlines\r']]],
  ['a lone CR in an unquoted field is data', 'timestamp,message\n1793613600000,a\rb\n', [['timestamp', 'message'], ['1793613600000', 'a\rb']]],
];

for (const [name, text, rows] of CASES) {
  test(`CSV row ends: ${name}, however the chunks split`, () => {
    for (const pieces of splits(text)) assert.deepEqual(scan(pieces), rows, JSON.stringify(pieces));
  });
}

test('a CRLF download queried: the last column compares without a trailing CR', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'logs-insights-results.csv');
    writeFileSync(file, CASES[0]?.[1] ?? '');
    const rows = JSON.parse(formatQueryResult(await runQuery('filter level = "ERROR" | fields @message, level', [file]), 'json')) as unknown[];
    assert.deepEqual(rows, [{ '@message': 'boom', level: 'ERROR' }]);
  } finally {
    cleanup();
  }
});
