// Loaded with `node --import` by bench/scan.ts: writes the process's peak resident memory (KiB) to the file
// named by SLENS_BENCH_RSS_FILE when the process exits. Not part of slens.
import { writeFileSync } from 'node:fs';

const target = process.env['SLENS_BENCH_RSS_FILE'];
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
