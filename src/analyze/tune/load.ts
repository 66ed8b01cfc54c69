// Inputs of `slens tune`: REPORT lines (text or JSON log format, any file the reader takes) grouped by
// memory size, or aws-lambda-power-tuning output documents. Small JSON documents are checked for the
// power-tuning shape first; everything else is streamed.
import { closeSync, readSync } from 'node:fs';
import { UserError } from '../../util/errors.js';
import { openRegularFile, readTextFile } from '../../util/read-file.js';
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

/** Does the file start with `{`? Only regular files are looked at (a pipe or device is left to the log reader to refuse). */
function startsWithBrace(file: string): boolean {
  const { fd } = openRegularFile(file);
  try {
    const head = Buffer.alloc(1);
    return readSync(fd, head, 0, 1, 0) === 1 && head[0] === 0x7b;
  } finally {
    closeSync(fd);
  }
}

/** A small JSON document (a power-tuning output), or undefined for anything else, which is then read as logs. */
function readSmallJson(file: string): unknown {
  try {
    if (!startsWithBrace(file)) return undefined;
    return JSON.parse(readTextFile(file, { maxBytes: MAX_DOCUMENT })) as unknown;
  } catch {
    return undefined;
  }
}

export async function loadTuneInput(files: readonly string[]): Promise<TuneInput> {
  const byMemory = new Map<number, MemorySamples>();
  const points: PowerPoint[] = [];
  const stats = emptyStats();
  for (const file of files) {
    const doc = readSmallJson(file);
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
