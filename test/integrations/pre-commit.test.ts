// The hooks of .pre-commit-hooks.yaml, run by pre-commit itself on a scratch repository: a commit with a
// template that breaks a rule is stopped, and goes through once the template is fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';
import { GIT_ENV, git, scratchRepo } from './scratch-repo.js';

const PRE_COMMIT = '/usr/bin/pre-commit';
const BAD = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n';
const GOOD = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Metadata:\n      slens:\n        ignore:\n          - rule: sqs-redrive-policy\n            reason: messages are replayed from the source table\n';

function preCommit(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(PRE_COMMIT, args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

test('pre-commit runs the slens-system hook on the changed templates only', () => {
  const work = mkdtempSync(join(tmpdir(), 'slens-pre-commit-'));
  // The hooks repository as a user's config names it (here a local clone source instead of GitHub).
  const hooks = scratchRepo({ '.pre-commit-hooks.yaml': '' });
  copyFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
  git(hooks, 'commit', '-q', '-am', 'hooks');
  const rev = git(hooks, 'rev-parse', 'HEAD').trim();
  // `slens` on the PATH is this checkout (as `npm install --global slens` would give).
  const bin = join(work, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  writeFileSync(join(bin, 'slens'), `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'slens.js')}" "$@"\n`);
  chmodSync(join(bin, 'slens'), 0o755);
  const env = { ...GIT_ENV, PATH: `${bin}:${process.env.PATH ?? ''}`, PRE_COMMIT_HOME: join(work, 'cache') };
  const config = `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: slens-system\n        args: [--today, '2026-11-25']\n`;
  const project = scratchRepo({ '.pre-commit-config.yaml': config, 'app/other.yaml': BAD, 'notes.md': 'hello\n' });
  try {
    // Untouched templates are not scanned: only staged files reach the hook.
    writeFileSync(join(project, 'notes.md'), 'changed\n');
    git(project, 'add', 'notes.md');
    const skipped = preCommit(project, env, 'run');
    assert.equal(skipped.code, 0, skipped.output);
    assert.match(skipped.output, /slens \(Serverless Lens, installed slens\)\.+\(no files to check\)Skipped/);

    writeFileSync(join(project, 'app/queue.yaml'), BAD);
    writeFileSync(join(project, 'app/config.yaml'), 'name: not a template\n');
    git(project, 'add', 'app/queue.yaml', 'app/config.yaml');
    const failed = preCommit(project, env, 'run');
    assert.equal(failed.code, 1, failed.output);
    assert.match(failed.output, /Failed/);
    assert.match(failed.output, /app\/queue\.yaml:2 .*Queue .*sqs-redrive-policy/);
    assert.doesNotMatch(failed.output, /other\.yaml/);

    writeFileSync(join(project, 'app/queue.yaml'), GOOD);
    git(project, 'add', 'app/queue.yaml');
    const passed = preCommit(project, env, 'run');
    assert.equal(passed.code, 0, passed.output);
    assert.match(passed.output, /slens \(Serverless Lens, installed slens\)\.+Passed/);
  } finally {
    for (const dir of [work, hooks, project]) rmSync(dir, { recursive: true, force: true });
  }
});
