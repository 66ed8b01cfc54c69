// Hostile input: every case ends in one clear error entry (never an exception, a hang or a huge allocation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplate, MAX_TEMPLATE_BYTES, readTemplateFile, type Template } from '../../src/iac/index.js';

function codes(t: Template): string[] {
  return t.errors.map((e) => e.code);
}

test('an alias bomb ("billion laughs") is refused as alias-limit', () => {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  const names = 'bcdefghij';
  for (let i = 0; i < names.length; i++) text += `${names[i]}: &${names[i]} [${Array(10).fill(`*${i === 0 ? 'a' : names[i - 1]}`).join(', ')}]\n`;
  text += 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *j\n';
  const t = loadTemplate('bomb.yaml', text);
  assert.deepEqual(codes(t), ['alias-limit']);
  assert.deepEqual(t.resources, []);
  // A self-referencing alias is refused the same way.
  assert.deepEqual(codes(loadTemplate('cycle.yaml', 'a: &a [*a]\n')), ['alias-limit']);
});

test('a few ordinary aliases are read', () => {
  const t = loadTemplate('ok.yaml', 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: &p {DelaySeconds: 1}\n  B:\n    Type: AWS::SQS::Queue\n    Properties: *p\n');
  assert.deepEqual(t.errors, []);
  assert.equal(t.resources[1]?.properties['DelaySeconds'], 1);
});

test('10,000-deep nesting is refused as too-deep, in flow, tagged and block style', () => {
  const flow = loadTemplate('deep.yaml', `Resources: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  assert.deepEqual(codes(flow), ['too-deep']);
  const maps = loadTemplate('deep.json', `{"Resources": ${'{"a": '.repeat(10_000)}1${'}'.repeat(10_000)}}`);
  assert.deepEqual(codes(maps), ['too-deep']);
  const tags = loadTemplate('deep.yaml', `Resources: ${'!Not ['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  assert.deepEqual(codes(tags), ['too-deep']);
  // Block style: compact nested sequences, one level per `- `.
  assert.deepEqual(codes(loadTemplate('deep.yaml', `${'- '.repeat(10_000)}x\n`)), ['too-deep']);
  // Block mappings indented one space per level (about 100 KB for 450 levels): read when under the limit.
  let block = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n';
  for (let i = 0; i < 450; i++) block += `${' '.repeat(i + 6)}k:\n`;
  assert.deepEqual(codes(loadTemplate('deep.yaml', block)), []);
});

test('a 100 MB file is refused by its size before it is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-iac-'));
  try {
    const file = join(dir, 'huge.yaml');
    const fd = openSync(file, 'w');
    const chunk = Buffer.from(`Resources:\n${'  # padding padding padding padding padding padding padding padding\n'.repeat(16_384)}`);
    let written = 0;
    while (written < 100 * 1024 * 1024) written += writeSync(fd, chunk);
    closeSync(fd);
    const t = readTemplateFile(file, 'huge.yaml');
    assert.deepEqual(codes(t), ['too-large']);
    assert.equal(t.errors[0]?.file, 'huge.yaml');
    assert.match(t.errors[0]?.message ?? '', /^the file is 100\.\d MB; at most 10\.0 MB is read$/);
    // The same limit holds for text handed to the loader directly.
    assert.deepEqual(codes(loadTemplate('big.yaml', 'x'.repeat(MAX_TEMPLATE_BYTES + 1))), ['too-large']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary garbage, NUL bytes and invalid UTF-8 are error entries', () => {
  const garbage = Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919 + 13) % 256));
  assert.deepEqual(codes(loadTemplate('blob.bin', garbage)), ['not-utf8']);
  const nul = loadTemplate('nul.yaml', Buffer.from('Resources:\n  A:\u0000\n'));
  assert.deepEqual(codes(nul), ['binary']);
  assert.equal(nul.errors[0]?.line, 2);
  const latin1 = Buffer.concat([Buffer.from('Resources:\n  Q:\n    Type: AWS::SQS::Queue # caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
  const bad = loadTemplate('latin1.yaml', latin1);
  assert.deepEqual(codes(bad), ['not-utf8']);
  // The first bad byte is on line 3, after `    Type: AWS::SQS::Queue # caf` (31 characters).
  assert.deepEqual([bad.errors[0]?.line, bad.errors[0]?.column], [3, 32]);
  assert.match(bad.errors[0]?.message ?? '', /line 3, column 32/);
  assert.match(bad.errors[0]?.localized?.ja ?? '', /3 行 32 列/);
  assert.deepEqual(codes(loadTemplate('text.yaml', '}}}: :: ][ &&& ***\n\t- - -')), ['yaml-syntax']);
});

test('a file that cannot be read, or is a folder, is an error entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-iac-'));
  try {
    assert.deepEqual(codes(readTemplateFile(join(dir, 'missing.yaml'))), ['not-found']);
    assert.deepEqual(codes(readTemplateFile(dir)), ['is-a-folder']);
    assert.deepEqual(codes(readTemplateFile('/dev/zero')), ['not-a-file']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
