import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/repo.js';

function silentContext() {
  return { stdout: () => undefined, stderr: () => undefined, isTTY: false, exitCode: 0 };
}

function walk(command: Command, path: string[] = []): { path: string[]; command: Command }[] {
  return command.commands.flatMap((sub) => {
    const here = [...path, sub.name()];
    return [{ path: here, command: sub }, ...walk(sub, here)];
  });
}

test('every command, argument and option is described, and its --help exits 0', async () => {
  const commands = walk(buildProgram(silentContext()));
  assert.ok(commands.length >= 5);
  for (const { path, command } of commands) {
    const name = path.join(' ');
    assert.ok(command.description().length > 10, `"${name}" needs a description`);
    for (const option of command.options) assert.ok(option.description.length > 3, `option ${option.flags} of "${name}" needs a description`);
    for (const argument of command.registeredArguments) assert.ok(argument.description.length > 3, `argument ${argument.name()} of "${name}" needs a description`);
    const run = await runCli([...path, '--help']);
    assert.equal(run.code, 0, name);
    assert.match(run.stdout, new RegExp(`Usage: slens ${path.join(' ')}`), name);
  }
});

test('slens --version prints the package version from the real binary', () => {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), '--version'], { encoding: 'utf8' });
  assert.equal(result.status, 0);
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  assert.equal(result.stdout.trim(), version);
});

test('no arguments prints help and exits 2', async () => {
  const run = await runCli([]);
  assert.equal(run.code, 2);
  assert.match(run.stdout, /Usage: slens/);
});
