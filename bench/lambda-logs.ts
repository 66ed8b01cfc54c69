// Generates mixed Lambda logs of a given size for the benchmarks: text START/END/REPORT lines, runtime text
// lines, JSON platform records, Powertools JSON logs and EMF records, with a deterministic pseudo-random mix.
import { createWriteStream } from 'node:fs';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Writes about `bytes` bytes of log lines to `file`; resolves with the number of lines. */
export async function writeLambdaLogs(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const random = rng(42);
  let written = 0;
  let lines = 0;
  let t = Date.parse('2026-11-02T00:00:00Z');
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    const chunk = batch.join('');
    batch = [];
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  while (written < bytes) {
    for (let i = 0; i < 2000; i++) {
      t += Math.floor(random() * 50);
      const id = `${(t % 1e8).toString(16).padStart(8, '0')}-1c2d-4e5f-8a9b-${lines.toString(16).padStart(12, '0')}`;
      const iso = new Date(t).toISOString();
      const duration = (random() * 900 + 5).toFixed(2);
      const cold = random() < 0.05;
      const mem = [128, 256, 512, 1024][Math.floor(random() * 4)] as number;
      const r = random();
      if (r < 0.3) {
        batch.push(`START RequestId: ${id} Version: $LATEST\n`);
        batch.push(`${iso}\t${id}\tINFO\tprocessing order ${lines} for customer ${Math.floor(random() * 1e6)}\n`);
        batch.push(`END RequestId: ${id}\n`);
        batch.push(
          `REPORT RequestId: ${id}\tDuration: ${duration} ms\tBilled Duration: ${Math.ceil(Number(duration))} ms\tMemory Size: ${mem} MB\tMax Memory Used: ${Math.floor(mem * (0.3 + random() * 0.5))} MB\t${cold ? `Init Duration: ${(random() * 400 + 100).toFixed(2)} ms\t` : ''}\n`,
        );
        lines += 4;
      } else if (r < 0.55) {
        batch.push(
          `{"time":"${iso}","type":"platform.report","record":{"requestId":"${id}","metrics":{"durationMs":${duration},"billedDurationMs":${Math.ceil(Number(duration))},"memorySizeMB":${mem},"maxMemoryUsedMB":${Math.floor(mem * 0.4)}${cold ? ',"initDurationMs":211.4' : ''}},"status":"success"}}\n`,
        );
        lines++;
      } else if (r < 0.9) {
        const level = random() < 0.03 ? 'ERROR' : 'INFO';
        batch.push(
          `{"level":"${level}","message":"order ${lines} ${level === 'ERROR' ? 'failed: timeout calling payments' : 'stored'}","timestamp":"${iso}","service":"orders","cold_start":${cold},"function_name":"orders-fn","function_memory_size":"${mem}","function_request_id":"${id}","xray_trace_id":"1-6565a1b0-0a1b2c3d4e5f60718293a4b5"}\n`,
        );
        lines++;
      } else {
        batch.push(
          `{"_aws":{"Timestamp":${t},"CloudWatchMetrics":[{"Namespace":"Shop","Dimensions":[["service"]],"Metrics":[{"Name":"OrderValue","Unit":"Count"},{"Name":"Latency","Unit":"Milliseconds"}]}]},"service":"orders","OrderValue":${Math.floor(random() * 500)},"Latency":${duration}}\n`,
        );
        lines++;
      }
    }
    await flush();
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return lines;
}
