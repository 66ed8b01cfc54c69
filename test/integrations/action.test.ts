// The GitHub Action: action.yml's shape (every input reaches the script) and action/scan.sh run for real with
// this checkout's slens, as the action's Scan step runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { withTree } from '../helpers/folder.js';
import { repoRoot } from '../helpers/repo.js';

const QUEUE = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n';

function runScript(dir: string, env: Record<string, string>): { status: number | null; stdout: string; outputs: Record<string, string>; summary: string } {
  const run = spawnSync('bash', [join(repoRoot, 'action', 'scan.sh')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SLENS_BIN: `${process.execPath} ${join(repoRoot, 'bin', 'slens.js')}`, GITHUB_OUTPUT: join(dir, 'out.txt'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), SLENS_TODAY: '2026-11-25', ...env },
  });
  const outputs = Object.fromEntries(readFileSync(join(dir, 'out.txt'), 'utf8').trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
  let summary = '';
  try {
    summary = readFileSync(join(dir, 'summary.md'), 'utf8');
  } catch {
    // no summary written
  }
  return { status: run.status, stdout: run.stdout, outputs, summary };
}

test('action.yml: a composite action whose inputs all reach the scan script', () => {
  const action = yaml.load(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: { id?: string; env?: Record<string, string>; run?: string }[] } };
  assert.equal(action.runs.using, 'composite');
  const scan = action.runs.steps.find((s) => s.id === 'scan')!;
  assert.match(scan.run!, /action\/scan\.sh/);
  const wired = Object.values(scan.env!).join(' ');
  for (const input of ['paths', 'fail-on', 'format', 'language', 'changed-since', 'config', 'sarif-file']) assert.ok(wired.includes(`inputs.${input}`), input);
  assert.equal(action.inputs['fail-on']!.default, 'error');
});

test('scan.sh: SARIF for code scanning, the report in the chosen format, and the verdict as an output', () => {
  withTree({ 'a/queue.yaml': QUEUE, 'b/queue.yaml': QUEUE, 'c/queue.yaml': QUEUE }, (dir) => {
    const run = runScript(dir, { SLENS_PATHS: 'a\nb/queue.yaml', SLENS_FORMAT: 'markdown', SLENS_LANG: 'ja', SLENS_SARIF: 'out/slens.sarif' });
    assert.equal(run.status, 0, 'the script leaves the verdict to the last step');
    assert.deepEqual(run.outputs, { 'sarif-file': 'out/slens.sarif', 'exit-code': '1' });
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'slens.sarif'), 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const files = sarif.runs[0]!.results.filter((r) => r.ruleId === 'sqs-redrive-policy').map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.deepEqual(files.sort(), ['a/queue.yaml', 'b/queue.yaml']);
    assert.match(run.stdout, /sqs-redrive-policy/);
    assert.match(run.summary, /sqs-redrive-policy/);
    assert.match(run.summary, /再処理ポリシー/);
  });
});

test('scan.sh: a path that does not exist is exit-code 2 and no SARIF to upload', () => {
  withTree({ 'x.txt': 'x' }, (dir) => {
    const run = runScript(dir, { SLENS_PATHS: 'missing', SLENS_FAIL_ON: 'none' });
    assert.equal(run.status, 0);
    assert.deepEqual(run.outputs, { 'exit-code': '2', 'sarif-file': '' });
  });
});
