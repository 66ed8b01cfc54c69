// Every reader of the CLI against hostile files: devices (/dev/zero, /dev/urandom), FIFOs, links out of the
// project, huge and deeply nested inputs. Each case runs the real CLI as a child with a deadline and must end
// within 5 s and 300 MB with exit 2 and a clear message naming the file — never a hang, a crash or a trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSlens } from './child.js';

/**
 * Time is bounded twice: the CLI's processor time (its own work, whatever else the machine runs) must stay
 * under 5 s, and a child still running at the deadline (a hang: blocked on a pipe uses no processor) is
 * killed and fails. Wall-clock alone would measure the load of a shared test machine, not slens.
 */
const MAX_CPU_MS = 5_000;
const DEADLINE_MS = 15_000;
const MAX_MB = 300;

interface Case {
  name: string;
  args: string[];
  /** Working directory, relative to the case folder (default: the folder itself). */
  cwd?: string;
  /** What the output (stdout and stderr) must say: the file's name and why. */
  says: RegExp;
  /** Default 2: unreadable input. */
  exit?: number;
}

/** The hostile files, made once: a FIFO, links to a device and out of the project, huge and deep files. */
function makeFixtures(dir: string): void {
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  symlinkSync('/dev/zero', join(dir, 'evil.yaml'));
  // Sparse: huge on paper, nothing on disk.
  writeFileSync(join(dir, 'huge.json'), '{');
  truncateSync(join(dir, 'huge.json'), 512 * 1024 * 1024);
  writeFileSync(join(dir, 'deep.json'), `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  writeFileSync(join(dir, 'deep-object.json'), `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
  // One line of 16 MB (no newline), past the log reader's per-line bound.
  writeFileSync(join(dir, 'long-line.log'), Buffer.alloc(16 * 1024 * 1024, 0x61));

  // A project whose config is a link to a device, and one whose config is a FIFO.
  mkdirSync(join(dir, 'zero-config'));
  symlinkSync('/dev/zero', join(dir, 'zero-config', '.slens.yml'));
  mkdirSync(join(dir, 'fifo-config'));
  execFileSync('mkfifo', [join(dir, 'fifo-config', '.slens.yml')]);

  // Serverless projects whose ${file()} points at a FIFO, a device link, and a link out of the project.
  const sls = (name: string, include: string, link: (folder: string) => void): void => {
    const folder = join(dir, name);
    mkdirSync(folder);
    link(folder);
    writeFileSync(join(folder, 'serverless.yml'), `service: demo\nprovider:\n  name: aws\n  runtime: nodejs20.x\ncustom: \${file(./${include})}\nfunctions:\n  hello:\n    handler: handler.hello\n`);
  };
  sls('sls-fifo', 'pipe.yml', (folder) => execFileSync('mkfifo', [join(folder, 'pipe.yml')]));
  sls('sls-zero', 'zero.yml', (folder) => symlinkSync('/dev/zero', join(folder, 'zero.yml')));
  sls('sls-outside', 'outside.yml', (folder) => symlinkSync('/etc/hostname', join(folder, 'outside.yml')));

  // A folder scan that meets a template linked to a device: links are not followed while walking.
  mkdirSync(join(dir, 'linked'));
  symlinkSync('/dev/zero', join(dir, 'linked', 'template.yaml'));
}

const NOT_A_FILE = 'not a regular file \\(a device, pipe or socket\\); it is not read';
const says = (file: string, why: string): RegExp => new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(:\\d+)*:? .*${why}`);

const CASES: Case[] = [
  // scan: templates named on the command line, found in folders, and reached through ${file()}
  { name: 'scan /dev/zero', args: ['scan', '/dev/zero'], says: says('/dev/zero', NOT_A_FILE) },
  { name: 'scan /dev/urandom', args: ['scan', '/dev/urandom'], says: says('/dev/urandom', NOT_A_FILE) },
  { name: 'scan /dev/urandom, in Japanese', args: ['scan', '/dev/urandom', '--lang', 'ja'], says: /\/dev\/urandom:1 .*通常のファイルではありません（デバイス、パイプまたはソケット）。読み込みません。/ },
  { name: 'scan a FIFO', args: ['scan', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  { name: 'scan a link to /dev/zero', args: ['scan', 'evil.yaml'], says: says('evil.yaml', NOT_A_FILE) },
  { name: 'scan a 512 MB template', args: ['scan', 'huge.json'], says: says('huge.json', 'the file is 512\\.0 MB; at most 10\\.0 MB is read') },
  { name: 'scan a template nested 200,000 deep', args: ['scan', 'deep.json'], says: says('deep.json', 'too-deep') },
  { name: 'scan a folder holding a link to /dev/zero', args: ['scan', 'linked'], says: /no readable template found in linked/ },
  { name: 'scan with ${file()} of a FIFO', args: ['scan', '.'], cwd: 'sls-fifo', says: says('serverless.yml', `\\$\\{file\\(\\./pipe\\.yml\\)\\} is not read: ${NOT_A_FILE}`) },
  // The link's target is outside the project before it is anything else.
  { name: 'scan with ${file()} of a link to /dev/zero', args: ['scan', '.'], cwd: 'sls-zero', says: says('serverless.yml', '\\$\\{file\\(\\./zero\\.yml\\)\\} links outside the project folder; it is not read') },
  { name: 'scan with ${file()} linking out of the project', args: ['scan', '.'], cwd: 'sls-outside', says: says('serverless.yml', 'links outside the project folder; it is not read') },
  // config: .slens.yml found in the working directory, and --config
  { name: 'config .slens.yml linked to /dev/zero', args: ['scan', '.'], cwd: 'zero-config', says: says('.slens.yml', NOT_A_FILE) },
  { name: 'config .slens.yml as a FIFO', args: ['scan', '.'], cwd: 'fifo-config', says: says('.slens.yml', NOT_A_FILE) },
  { name: 'config --config /dev/urandom', args: ['scan', '.', '--config', '/dev/urandom'], cwd: 'linked', says: says('/dev/urandom', NOT_A_FILE) },
  { name: 'config --config of 512 MB', args: ['scan', '.', '--config', '../huge.json'], cwd: 'linked', says: says('huge.json', 'at most 976\\.6 KB is read') },
  // lens validate and import
  { name: 'lens validate /dev/zero', args: ['lens', 'validate', '/dev/zero'], says: says('/dev/zero', NOT_A_FILE) },
  { name: 'lens validate a FIFO', args: ['lens', 'validate', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  { name: 'lens validate 512 MB', args: ['lens', 'validate', 'huge.json'], says: says('huge.json', 'at most 5\\.0 MB is read') },
  { name: 'lens validate nested 200,000 deep', args: ['lens', 'validate', 'deep.json'], says: /deep\.json:1:1: error: a lens must be a JSON object/ },
  { name: 'lens import /dev/urandom', args: ['lens', 'import', '/dev/urandom'], says: says('/dev/urandom', NOT_A_FILE) },
  { name: 'lens import a FIFO', args: ['lens', 'import', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  // workload import
  { name: 'workload import /dev/zero', args: ['workload', 'import', '/dev/zero'], says: says('/dev/zero', NOT_A_FILE) },
  { name: 'workload import a FIFO', args: ['workload', 'import', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  { name: 'workload import 512 MB', args: ['workload', 'import', 'huge.json'], says: says('huge.json', 'at most 64\\.0 MB is read') },
  { name: 'workload import nested 100,000 deep', args: ['workload', 'import', 'deep-object.json'], says: /deep-object\.json: not a slens workload export/ },
  // logs query (streamed)
  { name: 'logs query /dev/zero', args: ['logs', 'query', 'fields @message', '/dev/zero'], says: says('/dev/zero', NOT_A_FILE) },
  { name: 'logs query /dev/urandom', args: ['logs', 'query', 'fields @message', '/dev/urandom'], says: says('/dev/urandom', NOT_A_FILE) },
  { name: 'logs query a FIFO', args: ['logs', 'query', 'fields @message', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  { name: 'logs query a FIFO, in Japanese', args: ['logs', 'query', 'fields @message', 'fifo.json', '--lang', 'ja'], says: /fifo\.json: ファイルを読み取れません: 通常のファイルではありません/ },
  { name: 'logs query a line of 16 MB', args: ['logs', 'query', 'fields @message', 'long-line.log'], says: /long-line\.log:1: line longer than \d+ characters \(skipped\)/, exit: 0 },
  // tune and concurrency
  { name: 'tune /dev/zero', args: ['tune', '/dev/zero'], says: says('/dev/zero', NOT_A_FILE) },
  { name: 'tune a FIFO', args: ['tune', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  { name: 'concurrency /dev/zero', args: ['concurrency', '/dev/zero'], says: says('/dev/zero', NOT_A_FILE) },
  { name: 'concurrency /dev/urandom', args: ['concurrency', '/dev/urandom'], says: says('/dev/urandom', NOT_A_FILE) },
  { name: 'concurrency a FIFO', args: ['concurrency', 'fifo.json'], says: says('fifo.json', NOT_A_FILE) },
  { name: 'concurrency 512 MB', args: ['concurrency', 'huge.json'], says: says('huge.json', 'at most 64\\.0 MB is read') },
  { name: 'concurrency nested 100,000 deep', args: ['concurrency', 'deep-object.json'], says: /deep-object\.json: no MetricDataResults or Datapoints/ },
];

test('every reader ends hostile input quickly, within bounded memory, with exit 2 and a message naming the file', { concurrency: 3 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-hostile-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  makeFixtures(dir);
  const env = { DATABASE_URL: `sqlite:${join(dir, 'slens.db')}` };
  // Started together; the test's concurrency lets three children run at a time.
  const runs = CASES.map((c) =>
    t.test(c.name, async (st) => {
      const run = await runSlens(c.args, { cwd: join(dir, c.cwd ?? '.'), env, deadlineMs: DEADLINE_MS });
      const output = `${run.stdout}\n${run.stderr}`;
      st.diagnostic(`${run.cpuMs.toFixed(0)} ms processor, ${run.ms} ms wall, peak ${run.peakMb.toFixed(0)} MB`);
      assert.equal(run.timedOut, false, `${c.name}: still running after ${DEADLINE_MS} ms`);
      assert.equal(run.code, c.exit ?? 2, `${c.name}: exit ${run.code}\n${run.stderr}`);
      assert.match(output, c.says);
      assert.doesNotMatch(run.stderr, /internal error|\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
      assert.ok(run.cpuMs < MAX_CPU_MS, `${c.name}: ${run.cpuMs} ms of processor time`);
      assert.ok(run.peakMb < MAX_MB, `${c.name}: peak RSS ${run.peakMb.toFixed(0)} MB`);
    }),
  );
  await Promise.all(runs);
});
