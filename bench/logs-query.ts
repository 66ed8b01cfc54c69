// Benchmark of `slens logs query` over generated mixed Lambda logs (1 GB by default) against the floor of a
// bare pass over the same file in the same run: stream, split lines, JSON.parse the JSON ones. Prints MB/s
// of each, the ratio to the floor (targets, issue 18: filter+stats ≥ 0.8, stats-only ≥ 0.7) and the heap during
// the query (target: flat).
// Two queries: the filter+stats one (its filter lets the reader skip lines that cannot match) and a stats
// query without a filter, which parses every line — the cost of the reader itself.
// Each is reported by wall clock and by CPU time (a loaded machine bends the first far more than the second).
// The floor decodes every chunk as UTF-8 and searches `carry + chunk` (a cons string, on which V8's indexOf takes
// a slow path); the reader does neither, so the CPU figures also give the ratio to a tight floor that reads as
// the reader does (one reused read buffer, ASCII chunks copied in 64 KiB pieces, lines found in the flat piece) —
// the cost of the query beyond reading.
// Usage: node dist/bench/logs-query.js [megabytes=1024] [rounds=2]
import { isAscii } from 'node:buffer';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareQuery } from '../src/analyze/query/run.js';
import { readFile } from '../src/analyze/read/reader.js';
import { writeLambdaLogs } from './lambda-logs.js';

const megabytes = Number(process.argv[2] ?? 1024);
const rounds = Number(process.argv[3] ?? 2);
const QUERY = 'filter @type = "REPORT" or level = "ERROR" | stats count(*) as n, avg(@duration) as avg, max(@maxMemoryUsed) as mem, count(@initDuration) as cold by bin(1h)';
const FULL = 'stats count(*) as n, avg(@duration) as avg, count(@initDuration) as cold by bin(1h)';

async function bare(file: string): Promise<number> {
  let parsed = 0;
  let carry = '';
  const line = (text: string): void => {
    if (text.charCodeAt(0) === 123) {
      JSON.parse(text);
      parsed++;
    }
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      line(text.slice(start, nl));
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  if (carry) line(carry);
  return parsed;
}

/** The floor read as the reader reads: one reused buffer, ASCII chunks copied in 64 KiB pieces, lines found in the flat piece. */
async function tight(file: string): Promise<number> {
  let parsed = 0;
  let carry = '';
  const decoder = new StringDecoder('utf8');
  let whole = true;
  const line = (text: string): void => {
    if (text.charCodeAt(0) === 123) {
      JSON.parse(text);
      parsed++;
    }
  };
  const handle = await open(file);
  const buffer = Buffer.allocUnsafeSlow(1 << 20);
  for (let position = 0; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const b = buffer.subarray(0, bytesRead);
    const ascii = whole && isAscii(b);
    for (let at = 0; at < b.length; at += 1 << 16) {
      const end = Math.min(at + (1 << 16), b.length);
      split(ascii ? b.toString('latin1', at, end) : decoder.write(b.subarray(at, end)));
    }
    whole = (b.at(-1) as number) < 0x80;
  }
  await handle.close();
  if (carry) line(carry);
  return parsed;

  function split(chunk: string): void {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (carry.length > 0 && nl >= 0) {
      line(carry + chunk.slice(0, nl));
      carry = '';
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    for (; nl >= 0; nl = chunk.indexOf('\n', start)) {
      line(chunk.slice(start, nl));
      start = nl + 1;
    }
    carry = start === 0 ? carry + chunk : chunk.slice(start);
  }
}

async function query(text: string, file: string, heap: number[]): Promise<number> {
  const q = prepareQuery(text);
  const timer = setInterval(() => heap.push(process.memoryUsage().heapUsed), 100);
  try {
    await readFile(file, q.push, undefined, q.prefilter ? { prefilter: q.prefilter, needs: q.needs } : { needs: q.needs });
  } finally {
    clearInterval(timer);
  }
  return q.finish().rows.length;
}

/** CPU seconds (user + system, all threads) of each run: on a shared, loaded machine wall clock mostly measures the others. */
const cpu = { bare: Infinity, tight: Infinity, query: Infinity, full: Infinity };

async function timed(body: () => Promise<unknown>, key: keyof typeof cpu): Promise<number> {
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  await body();
  const spent = process.cpuUsage(used);
  cpu[key] = Math.min(cpu[key], (spent.user + spent.system) / 1e6);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const dir = mkdtempSync(join(tmpdir(), 'slens-bench-logs-'));
try {
  const file = join(dir, 'mixed.log');
  const lines = await writeLambdaLogs(file, megabytes * 1024 * 1024);
  const mb = statSync(file).size / (1024 * 1024);
  console.log(`bench/logs-query: ${mb.toFixed(0)} MB, ${lines} lines of mixed Lambda logs; query: ${QUERY}`);
  let bestBare = Infinity;
  let bestQuery = Infinity;
  let bestFull = Infinity;
  const heap: number[] = [];
  const fullHeap: number[] = [];
  for (let r = 0; r < rounds; r++) {
    bestBare = Math.min(bestBare, await timed(() => bare(file), 'bare'));
    await timed(() => tight(file), 'tight');
    heap.length = 0;
    bestQuery = Math.min(bestQuery, await timed(() => query(QUERY, file, heap), 'query'));
    fullHeap.length = 0;
    bestFull = Math.min(bestFull, await timed(() => query(FULL, file, fullHeap), 'full'));
  }
  const bareRate = mb / bestBare;
  const flat = (samples: number[]): string => {
    // Ignore the first tenth of the samples (start-up allocations) when judging flatness.
    const settled = samples.slice(Math.floor(samples.length / 10));
    const low = Math.min(...settled) / 2 ** 20;
    const high = Math.max(...settled) / 2 ** 20;
    return `heap ${low.toFixed(0)}-${high.toFixed(0)} MB over ${settled.length} samples`;
  };
  const line = (label: string, seconds: number, samples?: number[], target = 0): void => {
    const rate = mb / seconds;
    const ratio = rate / bareRate;
    const verdict = samples ? `; ratio ${ratio.toFixed(2)} (target >= ${target.toFixed(2)}: ${ratio >= target ? 'met' : 'NOT met'}); ${flat(samples)}` : '';
    console.log(`${label.padEnd(34)} ${rate.toFixed(1).padStart(7)} MB/s${verdict}`);
  };
  console.log(`best of ${rounds} rounds, wall clock:`);
  line('bare split + JSON.parse (floor)', bestBare);
  line('filter+stats query', bestQuery, heap, 0.8);
  line('stats query, every line parsed', bestFull, fullHeap, 0.7);
  const cpuRatio = (key: 'query' | 'full', target: number): string => {
    const ratio = cpu.bare / cpu[key];
    const tightRatio = cpu.tight / cpu[key];
    return `${(mb / cpu[key]).toFixed(1)} MB per CPU second; ratio ${ratio.toFixed(2)} (target >= ${target.toFixed(2)}: ${ratio >= target ? 'met' : 'NOT met'}); to the tight floor ${tightRatio.toFixed(2)}`;
  };
  console.log(`best of ${rounds} rounds, CPU time (steadier under load): floor ${(mb / cpu.bare).toFixed(1)}, tight floor ${(mb / cpu.tight).toFixed(1)} MB per CPU second`);
  console.log(`${'filter+stats query'.padEnd(34)} ${cpuRatio('query', 0.8)}`);
  console.log(`${'stats query, every line parsed'.padEnd(34)} ${cpuRatio('full', 0.7)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
