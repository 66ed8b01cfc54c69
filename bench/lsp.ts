// `slens lsp`: time from an edit of a 1,000-line template (sent as a real LSP client would) to its new diagnostics.
// Baselines measured in the same run: the first check of the buffer (cold code paths) and `slens scan` of the
// same text from disk in a fresh process (what an editor running the CLI on save would pay).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/repo.js';
import { startLsp } from '../test/integrations/lsp-client.js';
import { checkText } from '../src/integrations/lsp/check.js';
import { toDiagnostics } from '../src/integrations/lsp/diagnostics.js';
import { emptyConfig } from '../src/scan/config.js';

/** A SAM template of about `lines` lines: functions with their queues and log groups. */
export function bigTemplate(lines: number, memory = 512): string {
  const out = ['AWSTemplateFormatVersion: "2010-09-09"', 'Transform: AWS::Serverless-2016-10-31', 'Resources:'];
  for (let i = 0; out.length < lines - 20; i++) {
    out.push(
      `  Fn${i}:`, '    Type: AWS::Serverless::Function', '    Properties:', `      Handler: app${i}.handler`, '      Runtime: nodejs20.x',
      `      MemorySize: ${memory}`, '      Timeout: 10', '      Tracing: Active', '      Events:', '        Jobs:', '          Type: SQS',
      '          Properties:', `            Queue: !GetAtt Queue${i}.Arn`, `  Queue${i}:`, '    Type: AWS::SQS::Queue', '    Properties:',
      '      VisibilityTimeout: 60', `  Logs${i}:`, '    Type: AWS::Logs::LogGroup', '    Properties:', `      LogGroupName: !Sub /aws/lambda/\${Fn${i}}`, '      RetentionInDays: 30',
    );
  }
  return `${out.join('\n')}\n`;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const root = mkdtempSync(join(tmpdir(), 'slens-bench-lsp-'));
try {
  const edits = Number(process.env.EDITS ?? 40);
  const path = join(root, 'template.yaml');
  const text = bigTemplate(1000);
  writeFileSync(path, text);
  const cliStart = process.hrtime.bigint();
  spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'scan', path, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8' });
  const cli = Number(process.hrtime.bigint() - cliStart) / 1e6;

  const client = await startLsp(root);
  const firstStart = process.hrtime.bigint();
  const first = await client.open(path, text);
  const firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const start = process.hrtime.bigint();
    await client.change(path, bigTemplate(1000, 256 + 64 * (i % 8)));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await client.close();
  // The same re-check in this process, wall and CPU time: on a busy machine the CPU time is what the server spends.
  const options = { config: emptyConfig(root), root, today: '2026-11-25' };
  const texts = Array.from({ length: 8 }, (_, i) => bigTemplate(1000, 256 + 64 * i));
  checkText(path, texts[0]!, options);
  const wallStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < edits; i++) {
    const text = texts[i % texts.length]!;
    const checked = checkText(path, text, options);
    toDiagnostics(checked.findings, checked.errors, text, 'en');
  }
  const cpu = process.cpuUsage(cpuStart);
  const inProcessWall = Number(process.hrtime.bigint() - wallStart) / 1e6 / edits;
  const inProcessCpu = (cpu.user + cpu.system) / 1000 / edits;
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  console.log(`template: ${text.split('\n').length - 1} lines, ${first.length} diagnostics; ${edits} edits (whole text sent each time)`);
  console.log(`slens scan (new process)   ${cli.toFixed(1)} ms`);
  console.log(`first check (open)         ${firstMs.toFixed(1)} ms`);
  console.log(`re-check after an edit     median ${median.toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (target < 50 ms)`);
  console.log(`re-check in process        ${inProcessWall.toFixed(1)} ms wall, ${inProcessCpu.toFixed(1)} ms CPU (load average ${loadavg()[0]!.toFixed(1)} on this machine)`);
  console.log(`ratios: re-check / first check ${(median / firstMs).toFixed(3)}; re-check / slens scan ${(median / cli).toFixed(3)}; CPU / wall in process ${(inProcessCpu / inProcessWall).toFixed(2)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
