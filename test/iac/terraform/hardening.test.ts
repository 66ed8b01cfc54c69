// Hostile folders for the Terraform reader: FIFOs and devices, files past the size limit, files whose size
// the file system does not tell. A scan that would hang runs in a child process with a time limit, so a
// regression fails the test instead of stopping the test run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outsideRoot, readTfFile, MAX_TF_BYTES } from '../../../src/iac/terraform/read-tf.js';
import { withTree } from '../../helpers/folder.js';
import { repoRoot } from '../../helpers/repo.js';

interface ScanJson {
  files: string[];
  errors: { code: string; file: string; line: number; message: string }[];
}

/** `slens scan DIR --format json` in a child process, stopped after 30 s. */
function scanInChild(dir: string, lang = 'en', path = '.'): { status: number | null; json: ScanJson | undefined; stderr: string } {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'scan', path, '--format', 'json', '--lang', lang, '--fail-on', 'none'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, SLENS_BUNDLE: '0' },
  });
  let json: ScanJson | undefined;
  try {
    json = JSON.parse(run.stdout) as ScanJson;
  } catch {
    json = undefined;
  }
  return { status: run.status, json, stderr: run.stderr };
}

const QUEUE = 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n';

test('outsideRoot: a path under the folder is inside; a `..` step, a sibling with the same prefix or the folder\'s parent are outside', () => {
  assert.equal(outsideRoot('/work/app', '/work/app/main.tf'), false);
  assert.equal(outsideRoot('/work/app', '/work/app/modules/fn/main.tf'), false);
  assert.equal(outsideRoot('/work/app', '/work/app'), false);
  assert.equal(outsideRoot('/', '/etc/passwd'), false);
  assert.equal(outsideRoot('/work/app', '/work/app/.hidden/x.tf'), false);
  assert.equal(outsideRoot('/work/app', '/work/app/../other/x.tf'), true);
  assert.equal(outsideRoot('/work/app', '/work/app/./../x.tf'), true);
  assert.equal(outsideRoot('/work/app', '/work/application/x.tf'), true);
  assert.equal(outsideRoot('/work/app', '/work'), true);
  assert.equal(outsideRoot('/work/app', '/elsewhere/x.tf'), true);
});

test('a FIFO named .tf is refused by name as not a regular file, never read; the scan ends and reads the rest', () => {
  withTree({ 'infra/main.tf': QUEUE }, (dir) => {
    const made = spawnSync('mkfifo', [join(dir, 'infra', 'pipe.tf')]);
    assert.equal(made.status, 0, 'mkfifo is needed for this test');
    for (const lang of ['en', 'ja']) {
      const run = scanInChild(dir, lang);
      assert.notEqual(run.status, null, `the scan hung (killed after 30 s): ${run.stderr}`);
      assert.ok(run.json, run.stderr);
      assert.deepEqual(run.json.files, ['infra']);
      const errors = run.json.errors.map((e) => [e.code, e.file, e.line]);
      assert.deepEqual(errors, [['not-a-file', 'infra/pipe.tf', 1]]);
      assert.equal(run.json.errors[0]?.message, lang === 'en' ? 'not a regular file' : '通常のファイルではありません。');
    }
  });
});

test('a device is refused the same way; a missing file is unreadable with its reason', () => {
  const device = readTfFile('/dev/zero', 'zero.tf', '/');
  assert.ok('error' in device);
  assert.deepEqual([device.error.code, device.error.file, device.error.message], ['not-a-file', 'zero.tf', 'not a regular file']);
  const missing = readTfFile('/nonexistent/slens/main.tf', 'main.tf', '/');
  assert.ok('error' in missing);
  assert.equal(missing.error.code, 'unreadable');
  assert.equal(missing.error.data?.['reason'], 'ENOENT');
});

test('reading is bounded by the bytes read, not by the size the file system reports', () => {
  // procfs reports a size of 0 for files that hold text: a reader trusting the size would read nothing.
  const status = readTfFile('/proc/self/status', 'status.tf', '/');
  assert.ok('text' in status, JSON.stringify(status));
  assert.match(status.text, /^Name:/);
  withTree({ 'limit.tf': Buffer.alloc(MAX_TF_BYTES, 0x20), 'over.tf': Buffer.alloc(MAX_TF_BYTES + 1, 0x20) }, (dir) => {
    const limit = readTfFile(join(dir, 'limit.tf'), 'limit.tf', realpathSync(dir));
    assert.ok('text' in limit);
    assert.equal(limit.text.length, MAX_TF_BYTES);
    const over = readTfFile(join(dir, 'over.tf'), 'over.tf', realpathSync(dir));
    assert.ok('error' in over);
    assert.equal(over.error.code, 'too-large');
    assert.deepEqual(over.error.data, { size: String(MAX_TF_BYTES + 1), limit: String(MAX_TF_BYTES) });
    writeFileSync(join(dir, 'bad.tf'), Buffer.from([0x72, 0xff]));
    const bad = readTfFile(join(dir, 'bad.tf'), 'bad.tf', realpathSync(dir));
    assert.ok('error' in bad);
    assert.equal(bad.error.code, 'not-utf8');
  });
});

const FUNCTION = 'resource "aws_lambda_function" "worker" {\n  function_name = "worker"\n  runtime       = "python3.13"\n}\n';

test('module uses come from parsed module blocks only: a comment, a string or an object source hides no folder', () => {
  const root = [
    '# module "fn" { source = "./modules/fn" } was removed',
    '// source = "./modules/fn"',
    'resource "aws_s3_object" "script" {',
    '  bucket = "b"',
    '  key    = "k"',
    '  source = "./modules/fn"',
    '  etag   = "source = \\"./modules/fn\\""',
    '}',
    '',
  ].join('\n');
  withTree({ 'infra/main.tf': root, 'infra/modules/fn/main.tf': FUNCTION }, (dir) => {
    const run = scanInChild(dir);
    assert.ok(run.json, run.stderr);
    assert.deepEqual(run.json.files, ['infra', 'infra/modules/fn']);
    assert.deepEqual(run.json.errors, []);
  });
});

test('a folder that names itself as a module is scanned, with a module-loop error naming its file', () => {
  withTree({ 'app/main.tf': `module "self" {\n  source = "./"\n}\n${FUNCTION}` }, (dir) => {
    for (const lang of ['en', 'ja']) {
      const run = scanInChild(dir, lang);
      assert.ok(run.json, run.stderr);
      assert.deepEqual(run.json.files, ['app']);
      assert.deepEqual(
        run.json.errors.map((e) => [e.code, e.file, e.line]),
        [['module-loop', 'app/main.tf', 1]],
      );
      const message = run.json.errors[0]?.message ?? '';
      assert.equal(
        message,
        lang === 'en'
          ? 'module self (app/main.tf) points back to app, already being read through module self (app/main.tf): a loop, not followed'
          : 'モジュール self（app/main.tf）が指す app は、モジュール self（app/main.tf）を通じてすでに読み込み中です。ループのため、たどりません。',
      );
    }
  });
});

test('two folders naming each other: one is scanned with the other as its module, and the loop names both files', () => {
  withTree({ 'app/main.tf': 'module "inner" {\n  source = "./inner"\n}\n', 'app/inner/main.tf': `module "outer" {\n  source = "../"\n}\n${FUNCTION}` }, (dir) => {
    const run = scanInChild(dir);
    assert.ok(run.json, run.stderr);
    assert.deepEqual(run.json.files, ['app']);
    assert.deepEqual(
      run.json.errors.map((e) => [e.code, e.file, e.line]),
      [['module-loop', 'app/inner/main.tf', 1]],
    );
    const message = run.json.errors[0]?.message ?? '';
    assert.match(message, /module outer \(app\/inner\/main\.tf\) points back to app, already being read through module inner \(app\/main\.tf\)/);
  });
});

const SECRET = 'resource "aws_sqs_queue" "secret" {\n  name = "secret"\n}\n';

test('a .tf symlink leading out of the folder the scan runs in is not read, and the error says where it leads', () => {
  withTree({ 'outside/secret.tf': SECRET, 'app/main.tf': FUNCTION }, (dir) => {
    symlinkSync(join(dir, 'outside', 'secret.tf'), join(dir, 'app', 'secret.tf'));
    symlinkSync('/etc/passwd', join(dir, 'app', 'passwd.tf'));
    const target = realpathSync(join(dir, 'outside', 'secret.tf'));
    for (const lang of ['en', 'ja']) {
      // Scanned as `.`, the folder is shown by its full path (as any scan of `.` that is itself a module).
      const app = join(dir, 'app');
      const run = scanInChild(app, lang);
      assert.ok(run.json, run.stderr);
      assert.deepEqual(run.json.files, [app]);
      const errors = run.json.errors.map((e) => [e.code, e.file, e.message]);
      const text = (to: string) => (lang === 'en' ? `links to ${to}, outside the scanned folder; it is not read` : `スキャンするフォルダーの外にある ${to} へのリンクのため、読み込みません。`);
      assert.deepEqual(
        errors,
        [
          ['link-outside-root', `${app}/passwd.tf`, text('/etc/passwd')],
          ['link-outside-root', `${app}/secret.tf`, text(target)],
        ],
      );
    }
    // From the folder above, the sibling file is inside the scan; /etc/passwd is still refused.
    const above = scanInChild(dir, 'en', 'app');
    assert.deepEqual(above.json?.errors.map((e) => [e.code, e.file]), [['link-outside-root', 'app/passwd.tf']]);
  });
});

test('a module source inside the folder the scan runs in is followed (../modules beside the caller); one leading out of it is not', () => {
  const app = `module "shared" {\n  source = "../shared"\n}\n${FUNCTION}`;
  withTree({ 'app/main.tf': app, 'shared/main.tf': SECRET }, (dir) => {
    const target = realpathSync(join(dir, 'shared'));
    // Run from the repository's top: ../shared is read through app's module block, with its inputs.
    const above = scanInChild(dir);
    assert.ok(above.json, above.stderr);
    assert.deepEqual(above.json.files, ['app']);
    assert.deepEqual(above.json.errors, []);
    assert.ok(JSON.stringify(above.json).includes('shared/main.tf'), 'the module is read through its caller');
    // Run from inside app: ../shared leads out of the scan and is not followed.
    const app = join(dir, 'app');
    const alone = scanInChild(app, 'ja');
    assert.ok(alone.json, alone.stderr);
    assert.deepEqual(alone.json.files, [app]);
    assert.deepEqual(
      alone.json.errors.map((e) => [e.code, e.file, e.line, e.message]),
      [['module-outside-root', `${app}/main.tf`, 1, `モジュール shared（${app}/main.tf）: ../shared はスキャンするフォルダー ${app} の外にある ${target} を指すため、読み込みません。`]],
    );
    const en = scanInChild(app);
    assert.deepEqual(
      en.json?.errors.map((e) => [e.code, e.file, e.message]),
      [['module-outside-root', `${app}/main.tf`, `module shared (${app}/main.tf): ../shared resolves to ${target}, outside the scanned folder ${app}; it is not read`]],
    );
  });
});
