// Inputs of `slens tune`: REPORT lines (text or JSON log format, any file the reader takes) grouped by
// memory size, or aws-lambda-power-tuning output documents. Small JSON documents are checked for the
// power-tuning shape first; everything else is streamed.
import { open, stat } from 'node:fs/promises';
import { UserError } from '../../util/errors.js';
import { fillLater } from '../../util/i18n.js';
import { TUNE_MESSAGES } from './messages.js';
import { emptyStats, readFile, type ReadStats } from '../read/reader.js';
import type { MemorySamples } from './analyze.js';
import { isPowerTuningOutput, powerTuningPoints, type PowerPoint } from './power-tuning.js';

/** Power-tuning outputs are a few kilobytes; larger JSON is treated as logs. */
const MAX_DOCUMENT = 16 * 1024 * 1024;

export interface TuneInput {
  samples: MemorySamples[];
  points: PowerPoint[];
  stats: ReadStats;
}

async function readSmallJson(file: string): Promise<unknown> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_DOCUMENT) return undefined;
    const handle = await open(file, 'r');
    try {
      const head = Buffer.alloc(1);
      await handle.read(head, 0, 1, 0);
      if (head[0] !== 0x7b /* { */) return undefined;
      return JSON.parse((await handle.readFile()).toString('utf8').replace(/^\uFEFF/, '')) as unknown;
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

export async function loadTuneInput(files: readonly string[]): Promise<TuneInput> {
  const byMemory = new Map<number, MemorySamples>();
  const points: PowerPoint[] = [];
  const stats = emptyStats();
  for (const file of files) {
    const doc = await readSmallJson(file);
    if (doc !== undefined && isPowerTuningOutput(doc)) {
      const found = powerTuningPoints(doc);
      if (typeof found === 'string') throw new UserError('bad-power-tuning', fillLater(TUNE_MESSAGES.badOutput, { reason: found }), { file });
      points.push(...found);
      stats.files++;
      continue;
    }
    await readFile(
      file,
      (record) => {
        const r = record.report;
        if (r === undefined) return;
        let s = byMemory.get(r.memorySize);
        if (s === undefined) {
          s = { memory: r.memorySize, durations: [], billed: [], errors: 0, timeouts: 0 };
          byMemory.set(r.memorySize, s);
        }
        s.durations.push(r.duration + (r.initDuration ?? 0) + (r.restoreDuration ?? 0));
        // Lambda's Billed Duration already holds the billed restore time of a SnapStart resume:
        // ceil(Duration + Billed Restore Duration) on real lines, so adding it again counted it twice.
        s.billed.push(r.billedDuration);
        const status = r.status?.toLowerCase();
        if (status === 'timeout') s.timeouts++;
        else if (status === 'error' || status === 'failure') s.errors++;
      },
      stats,
    );
  }
  if (points.length > 0 && byMemory.size > 0) {
    throw new UserError('mixed-input', TUNE_MESSAGES.mixedInput, { file: files[0] });
  }
  return { samples: [...byMemory.values()], points, stats };
}
