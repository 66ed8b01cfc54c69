// `slens scan --changed-since <ref>`: the templates changed since a git revision and those that include them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedFilesSince, touchedTemplates } from '../../src/scan/changed-since.js';
import { git, scratchRepo } from './scratch-repo.js';
import { runCli } from '../helpers/cli.js';
import { withTree } from '../helpers/folder.js';

const QUEUE = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n';
const FILES = {
  'stacks/root.yaml': 'Resources:\n  Nested:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./nested/queue.yaml\n',
  'stacks/nested/queue.yaml': QUEUE,
  'stacks/top.yaml': 'Resources:\n  Root:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: root.yaml\n',
  'sam/template.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: src\n      Handler: app.handler\n      Runtime: nodejs20.x\n',
  'sam/src/app.js': 'export const handler = async () => ({});\n',
  'other/template.yaml': QUEUE,
  'modules/q/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
  'infra/main.tf': 'module "q" {\n  source = "../modules/q"\n}\n',
  'README.md': 'docs\n',
};

/** The scan run in-process from inside the repository (each test file has its own process). */
async function scannedFiles(dir: string, ref: string, lang = 'en'): Promise<{ code: number; files: string[]; stderr: string }> {
  const before = process.cwd();
  process.chdir(dir);
  const run = await runCli(['scan', '.', '--changed-since', ref, '--format', 'json', '--fail-on', 'none', '--lang', lang, '--today', '2026-11-25']).finally(() => process.chdir(before));
  const files = run.stdout.trim() ? (JSON.parse(run.stdout) as { files: string[] }).files : [];
  return { code: run.code, files, stderr: run.stderr };
}

test('a changed nested template brings the stacks that include it, transitively, and nothing else', async () => {
  const dir = scratchRepo(FILES);
  try {
    writeFileSync(join(dir, 'stacks/nested/queue.yaml'), `${QUEUE}    Properties:\n      DelaySeconds: 5\n`);
    const run = await scannedFiles(dir, 'HEAD');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.files, ['stacks/nested/queue.yaml', 'stacks/root.yaml', 'stacks/top.yaml']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('changed code brings its SAM template; a changed module brings the Terraform that uses it; committed changes count', async () => {
  const dir = scratchRepo(FILES);
  try {
    writeFileSync(join(dir, 'sam/src/app.js'), 'export const handler = async () => ({ ok: true });\n');
    writeFileSync(join(dir, 'modules/q/main.tf'), 'resource "aws_sqs_queue" "q" {\n  name = "q2"\n}\n');
    git(dir, 'commit', '-q', '-am', 'change code and module');
    const run = await scannedFiles(dir, 'HEAD~1');
    assert.equal(run.code, 0, run.stderr);
    // modules/q is read as part of infra (discovery scans a module once, from the folder that calls it).
    assert.deepEqual(run.files, ['infra', 'sam/template.yaml']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new untracked template is scanned; a change to no template is a clean run with a note in both languages', async () => {
  const dir = scratchRepo(FILES);
  try {
    writeFileSync(join(dir, 'README.md'), 'more docs\n');
    const en = await scannedFiles(dir, 'main');
    assert.equal(en.code, 0);
    assert.deepEqual(en.files, []);
    assert.match(en.stderr, /no template changed since main/);
    const ja = await scannedFiles(dir, 'main', 'ja');
    assert.match(ja.stderr, /main 以降に変更されたテンプレート/);
    writeFileSync(join(dir, 'other/new.yaml'), QUEUE);
    assert.deepEqual((await scannedFiles(dir, 'main')).files, ['other/new.yaml']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unknown ref, an option-like ref and a folder outside git are usage errors (exit 2) naming the problem', async () => {
  const dir = scratchRepo(FILES);
  try {
    const unknown = await scannedFiles(dir, 'no-such-branch');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no such git revision "no-such-branch"/);
    assert.doesNotMatch(unknown.stderr, /\n\s+at /);
    const ja = await scannedFiles(dir, 'no-such-branch', 'ja');
    assert.match(ja.stderr, /リビジョン「no-such-branch」が見つかりません/);
    const hostile = await scannedFiles(dir, '--output=/tmp/x');
    assert.equal(hostile.code, 2);
    assert.match(hostile.stderr, /needs a git revision/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  withTree({ 't.yaml': QUEUE }, (plain) => {
    assert.throws(() => changedFilesSince('HEAD', plain), /not inside one/);
  });
});

test('touchedTemplates: a template naming a folder that holds a changed file is touched; one naming nothing is not', () => {
  withTree({ 'a/template.yaml': 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code: ./build/\n', 'a/build/x.js': '1', 'b/template.yaml': QUEUE }, (dir) => {
    const touched = touchedTemplates([join(dir, 'a/template.yaml'), join(dir, 'b/template.yaml')], new Set([join(dir, 'a/build/x.js')]), dir);
    assert.deepEqual(touched, [join(dir, 'a/template.yaml')]);
  });
});

test('hostile templates: megabytes without a separator, or of path-like words, are read in linear time', () => {
  const long = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: ${'a'.repeat(3_000_000)}\n`;
  const dotted = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Metadata:\n      x: ${'a/b.c '.repeat(300_000)}\n`;
  withTree({ 'long.yaml': long, 'dotted.yaml': dotted, 'x.js': '1' }, (dir) => {
    const start = Date.now();
    const touched = touchedTemplates([join(dir, 'long.yaml'), join(dir, 'dotted.yaml')], new Set([join(dir, 'x.js')]), dir);
    assert.deepEqual(touched, []);
    assert.ok(Date.now() - start < 5000, `took ${Date.now() - start} ms`);
  });
});
