// Uploads over the API on both databases: templates (files, a .zip, a .tar.gz) are scanned by the server
// with the CLI's code and their evidence stored; hostile uploads (oversized, zip bombs, "../" and absolute
// entries, links, devices, binary files) get a clear error naming the entry, and nothing is stored.
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbTest } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { tarball, zip } from '../helpers/archives.js';

const EVIDENCE = (id: string) => `/api/workloads/${id}/lensReviews/serverless/evidence`;
const TEMPLATE = readFileSync(fixture('scan', 'findings', 'template.yaml'), 'utf8');
const BROKEN = readFileSync(fixture('scan', 'broken', 'broken.yaml'), 'utf8');

// The uploads' temporary folders go to a folder of this file's own (the server runs in this process and asks
// os.tmpdir() each time): test files run side by side make theirs in the system's, which would be counted too.
const ownTmp = mkdtempSync(join(tmpdir(), 'upload-api-test-'));
process.env['TMPDIR'] = ownTmp;
after(() => rmSync(ownTmp, { recursive: true, force: true }));

function uploadsLeft(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('slens-upload-'));
}

async function workload(api: TestServer, name: string): Promise<string> {
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: name, lenses: ['serverless'] } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.workloadId as string;
}

async function nothingStored(api: TestServer, id: string): Promise<void> {
  const read = await api.call('GET', EVIDENCE(id));
  assert.equal(read.status, 200);
  assert.equal(read.body.scan, null);
}

dbTest('templates uploaded as files, a zip or a tar.gz are scanned and their evidence stored', async (db, t) => {
  const api = await startTestServer(db, t);
  const id = await workload(api, 'Upload good');
  const before = uploadsLeft().length;

  const files = await api.call('POST', EVIDENCE(id), { body: { templates: [{ path: 'infra/template.yaml', content: TEMPLATE }], scanDate: '2026-11-25' } });
  assert.equal(files.status, 200, JSON.stringify(files.body));
  assert.deepEqual(files.body.upload.files, ['infra/template.yaml']);
  assert.equal(files.body.scan.scanDate, '2026-11-25');
  const tracing = files.body.questions.find((q: { questionId: string }) => q.questionId === 'OPS1').choices.find((c: { choiceId: string }) => c.choiceId === 'ops1_tracing');
  assert.equal(tracing.status, 'contradicted');
  assert.equal(tracing.findings[0].file, 'infra/template.yaml');

  const archive = zip([
    { name: 'repo/', data: '', mode: 0o040755 },
    { name: 'repo/template.yaml', data: TEMPLATE, deflate: true, mode: 0o100644 },
    { name: 'repo/README.md', data: '# demo\n' },
    { name: 'repo/.slens.yml', data: 'rules:\n  lambda-tracing: off\n' },
  ]);
  const zipped = await api.call('POST', EVIDENCE(id), { body: { archive: { name: 'repo.zip', data: archive.toString('base64') } } });
  assert.equal(zipped.status, 200, JSON.stringify(zipped.body));
  assert.equal(zipped.body.upload.unpacked, 3);
  assert.deepEqual(zipped.body.scan.files, ['repo/template.yaml']);

  const gz = await tarball([{ name: 'app/template.yaml', data: TEMPLATE }, { name: 'app/broken.yaml', data: BROKEN }]);
  const tarred = await api.call('POST', `${EVIDENCE(id)}?lang=ja`, { body: { archive: { name: 'repo.tar.gz', data: gz.toString('base64') } } });
  assert.equal(tarred.status, 200, JSON.stringify(tarred.body));
  assert.deepEqual(tarred.body.scan.files, ['app/template.yaml']);
  assert.equal(tarred.body.upload.errors[0].file, 'app/broken.yaml');
  assert.ok(tarred.body.upload.errors[0].line >= 1);
  assert.equal(uploadsLeft().length, before, 'the temporary folder is deleted');
});

dbTest('hostile uploads are refused with a clear error naming the entry, and nothing is stored', async (db, t) => {
  const api = await startTestServer(db, t);
  const id = await workload(api, 'Upload bad');
  const before = uploadsLeft().length;
  const post = (archive: Buffer, name = 'repo.zip', lang = 'en') => api.call('POST', `${EVIDENCE(id)}?lang=${lang}`, { body: { archive: { name, data: archive.toString('base64') } } });

  const cases: [string, Buffer, number, RegExp][] = [
    ['traversal', zip([{ name: '../evil.yaml', data: TEMPLATE }]), 400, /"\.\.\/evil\.yaml" leads outside the upload/],
    ['nested traversal', zip([{ name: 'a/../../evil.yaml', data: TEMPLATE }]), 400, /leads outside the upload/],
    ['backslash traversal', zip([{ name: 'a\\..\\..\\evil.yaml', data: TEMPLATE }]), 400, /leads outside the upload/],
    ['absolute', zip([{ name: '/etc/evil.yaml', data: TEMPLATE }]), 400, /"\/etc\/evil\.yaml" is an absolute path/],
    ['drive', zip([{ name: 'C:\\evil.yaml', data: TEMPLATE }]), 400, /is an absolute path/],
    ['zip symlink', zip([{ name: 'link.yaml', data: '/etc/passwd', mode: 0o120777 }]), 400, /"link\.yaml" is a link/],
    ['zip device', zip([{ name: 'dev', data: '', mode: 0o020644 }]), 400, /"dev" is a device/],
    ['binary', zip([{ name: 'lib/tool.so', data: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]) }]), 400, /lib\/tool\.so: a binary file/],
    ['bad utf-8', zip([{ name: 'x.yaml', data: Buffer.from([0x41, 0xff, 0xfe, 0x42]) }]), 400, /x\.yaml: a binary file \(byte 1/],
    ['one huge entry', zip([{ name: 'huge.yaml', data: Buffer.alloc(200 * 1024 * 1024, 0x41), deflate: true }]), 413, /huge\.yaml is larger than \d+ bytes once unpacked/],
    ['zip bomb', zip(Array.from({ length: 40 }, (_, i) => ({ name: `bomb${i}.yaml`, data: Buffer.alloc(4 * 1024 * 1024, 0x41), deflate: true }))), 413, /unpacks to more than \d+ bytes.*zip bomb/],
    ['broken zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]), 400, /not a readable zip archive/],
    ['empty', zip([]), 400, /holds no file/],
  ];
  // Built before the first request: building takes seconds, longer than a kept-alive connection waits.
  const tarCases: [string, Buffer, RegExp][] = [
    ['tar symlink', await tarball([{ name: 'link.yaml', type: 'symlink', linkname: '/etc/passwd' }]), /"link\.yaml" is a link/],
    ['tar hard link', await tarball([{ name: 'a.yaml', data: TEMPLATE }, { name: 'b.yaml', type: 'link', linkname: 'a.yaml' }]), /"b\.yaml" is a link/],
    ['tar device', await tarball([{ name: 'tty', type: 'character-device' }]), /"tty" is a device/],
    ['tar fifo', await tarball([{ name: 'pipe', type: 'fifo' }], false), /"pipe" is a device/],
    ['tar traversal', await tarball([{ name: '../../x.yaml', data: TEMPLATE }]), /leads outside the upload/],
    ['tar.gz huge entry', await tarball([{ name: 'huge.yaml', data: Buffer.alloc(100 * 1024 * 1024, 0x41) }]), /huge\.yaml is larger than \d+ bytes once unpacked/],
    ['tar.gz bomb', await tarball(Array.from({ length: 30 }, (_, i) => ({ name: `bomb${i}.yaml`, data: Buffer.alloc(4 * 1024 * 1024, 0x41) }))), /unpacks to more than \d+ bytes.*zip bomb/],
  ];
  for (const [label, archive, status, message] of cases) {
    const response = await post(archive);
    assert.equal(response.status, status, `${label}: ${JSON.stringify(response.body)}`);
    assert.match(response.body.message, message, label);
    assert.doesNotMatch(response.body.message, /\n\s+at /, `${label}: no stack trace`);
  }
  for (const [label, archive, message] of tarCases) {
    const response = await post(archive, 'repo.tar.gz');
    assert.ok(response.status === 400 || response.status === 413, `${label}: ${response.status} ${JSON.stringify(response.body)}`);
    assert.match(response.body.message, message, label);
  }
  const ja = await post(zip([{ name: '../evil.yaml', data: TEMPLATE }]), 'repo.zip', 'ja');
  assert.match(ja.body.message, /エントリ「\.\.\/evil\.yaml」はアップロードの外を指しています/);

  // Files sent one by one are checked the same way; a template that cannot be read names its file and line.
  const traversal = await api.call('POST', EVIDENCE(id), { body: { templates: [{ path: '../../etc/cron.d/x', content: 'x' }] } });
  assert.equal(traversal.status, 400);
  assert.match(traversal.body.message, /leads outside the upload/);
  const unreadable = await api.call('POST', EVIDENCE(id), { body: { templates: [{ path: 'broken.yaml', content: BROKEN }] } });
  assert.equal(unreadable.status, 400);
  assert.match(unreadable.body.message, /no readable template.*broken\.yaml:\d+/);
  const tooLarge = await api.call('POST', EVIDENCE(id), { body: { archive: { name: 'big.zip', data: Buffer.alloc(10 * 1024 * 1024 + 1000).toString('base64') } } });
  assert.equal(tooLarge.status, 413);
  const notBase64 = await api.call('POST', EVIDENCE(id), { body: { archive: { name: 'x.zip', data: '!!!' } } });
  assert.equal(notBase64.status, 400);

  await nothingStored(api, id);
  assert.equal(uploadsLeft().length, before, 'every temporary folder is deleted');
});
