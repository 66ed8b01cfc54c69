// Loaded with `node --require` by the benches (CommonJS: an ES module hook would start Node's ES module loader
// in every measured process, `node -e 0` included, and hide what an ES module entry costs): writes the process's peak resident memory (KiB) and the CPU time
// it used, all threads together (ms, user + system), as JSON to the file named by SLENS_BENCH_RSS_FILE when the
// process exits. CPU time is what a process costs however busy the machine is. Not part of slens.
import { writeFileSync } from 'node:fs';

const target = process.env['SLENS_BENCH_RSS_FILE'];
if (target) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: (user + system) / 1000 }));
  });
}
