// Discovery: templates are found by content; node_modules, .aws-sam, .git and .gitignore'd paths are skipped;
// cdk.out synthesized templates are read (even though .gitignore usually lists cdk.out).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { discoverTemplates, loadTemplate } from '../../src/iac/index.js';
import { looksLikeTemplate } from '../../src/iac/discover.js';
import { readFileSync } from 'node:fs';

const SAM = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: a.b, Runtime: nodejs20.x, InlineCode: x}\n';
const CFN_JSON = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Metadata: { 'aws:cdk:path': 'App/Queue/Resource' } } } }, null, 1);

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'slens-discover-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function found(root: string, paths: string[] = [root]): Promise<string[]> {
  const { files } = await discoverTemplates(paths);
  return files.map((f) => relative(root, f).split('\\').join('/'));
}

test('folders are searched by content, skipping node_modules, tool output and backups, .git and ignored paths', async () => {
  const root = tree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/template.yaml': SAM,
    '.gitignore': 'build/\n*.generated.yaml\ncdk.out\n',
    'app/template.yaml': SAM,
    'app/infra.json': CFN_JSON,
    'app/stack.cfn': SAM,
    'app/config.yaml': 'name: not a template\nResources: none here\n',
    'app/package.json': '{"name": "x", "Resources": {"a": "AWS but not a type"}}',
    'app/notes.txt': SAM,
    'app/node_modules/pkg/template.yaml': SAM,
    'app/.aws-sam/build/template.yaml': SAM,
    'app/.aws-composer/backups/template.yaml': SAM,
    'app/.serverless/cloudformation-template-update-stack.json': CFN_JSON,
    'build/template.yaml': SAM,
    'app/stack.generated.yaml': SAM,
    'cdk.out/App.template.json': CFN_JSON,
    'cdk.out/manifest.json': '{"Resources": "AWS::"}',
    'cdk.out/assembly-Prod/ProdApp.template.json': CFN_JSON,
  });
  try {
    assert.deepEqual(await found(root), ['app/infra.json', 'app/stack.cfn', 'app/template.yaml', 'cdk.out/App.template.json', 'cdk.out/assembly-Prod/ProdApp.template.json']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the .gitignore of enclosing folders up to the repository root applies to a folder scanned inside it', async () => {
  const root = tree({ '.git/HEAD': 'x\n', '.gitignore': 'services/old/\n', 'services/new/template.yaml': SAM, 'services/old/template.yaml': SAM });
  try {
    assert.deepEqual(await found(root, [join(root, 'services')]), ['services/new/template.yaml']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('files named on the command line are always taken; missing paths are errors; the result is sorted', async () => {
  const root = tree({ 'b/template.yaml': SAM, 'a/odd-name.txt': 'whatever\n', 'node_modules/x/template.yaml': SAM });
  try {
    const { files, errors } = await discoverTemplates([join(root, 'b'), join(root, 'a', 'odd-name.txt'), join(root, 'missing'), join(root, 'node_modules', 'x', 'template.yaml')]);
    assert.deepEqual(files.map((f) => relative(root, f)), ['a/odd-name.txt', 'b/template.yaml', 'node_modules/x/template.yaml']);
    assert.deepEqual(errors.map((e) => [relative(root, e.file), e.code]), [['missing', 'not-found']]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a cdk.out template attributes its resources to the construct path', async () => {
  const root = tree({ 'cdk.out/App.template.json': CFN_JSON });
  try {
    const [file] = (await discoverTemplates([root])).files;
    const t = loadTemplate('cdk.out/App.template.json', readFileSync(file as string));
    assert.equal(t.format, 'cdk');
    assert.equal(t.resources[0]?.constructPath, 'App/Queue/Resource');
    assert.deepEqual(t.resources[0]?.location, { file: 'cdk.out/App.template.json', line: 3, column: 3 });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a template is told by a Resources key (at a line start or after a blank, { or ,; quoted or not) and an AWS:: type', () => {
  const yes = [
    'Resources:\n  Q: {Type: AWS::SQS::Queue}',
    'AWSTemplateFormatVersion: x\nResources :\n  Q:\n    Type: AWS::SQS::Queue',
    '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}',
    "{'Resources' : {} } AWS::",
    '{"A": 1,"Resources":{}} AWS::',
    '\tResources\n  :\n AWS::',
    'Description: Resources of the app\nResources:\n AWS::',
    'xResources: 1\n"Resources": 2\nAWS::',
  ];
  const no = [
    'Resources:\n  Q: {Type: SQS}',
    'MyResources: {}\nAWS::',
    '""Resources": {} AWS::',
    'Resources = 1 AWS::',
    '"Resources" x: AWS::',
    'Resources\'s list: AWS::',
    'AWS:: resources: {}',
    '',
  ];
  for (const text of yes) assert.equal(looksLikeTemplate(text), true, JSON.stringify(text));
  for (const text of no) assert.equal(looksLikeTemplate(text), false, JSON.stringify(text));
});

test('a folder with a .gitignore ignores its entries, and a folder without one walks everything (.tf modules too)', async () => {
  const root = tree({
    'svc/.gitignore': 'old/\n*.bak.yaml\nignored.tf\n',
    'svc/template.yaml': SAM,
    'svc/x.bak.yaml': SAM,
    'svc/old/template.yaml': SAM,
    'svc/tf/main.tf': 'resource "aws_sqs_queue" "q" {}\n',
    'svc/tf2/ignored.tf': 'resource "aws_sqs_queue" "q" {}\n',
    'other/template.yaml': SAM,
    'other/tf/main.tf': 'module "m" {\n  source = "./mod"\n}\n',
    'other/tf/mod/main.tf': 'resource "aws_sqs_queue" "q" {}\n',
  });
  try {
    assert.deepEqual(await found(root), ['other/template.yaml', 'other/tf', 'svc/template.yaml', 'svc/tf']);
    // A module folder is read through its caller; named alone (by one of its files) it is scanned itself.
    assert.deepEqual(await found(root, [join(root, 'other', 'tf', 'mod', 'main.tf'), join(root, 'svc', 'tf2')]), ['other/tf/mod', 'svc/tf2']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
