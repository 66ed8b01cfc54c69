// `slens user create|list|disable|share`: the token printed once, passwords read from standard input (the real
// binary), hostile names refused with exit 2 and no stack trace, English and Japanese; SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { authenticate } from '../../src/server/tokens.js';
import { checkPassword } from '../../src/server/users.js';
import { runCli } from '../helpers/cli.js';
import { dbTest, openService, useDb } from '../helpers/db.js';
import { repoRoot } from '../helpers/repo.js';

dbTest('slens user: create (token once, password from stdin), list, share, disable; bad input exits 2', async (db, t) => {
  useDb(db, t);
  const created = await runCli(['user', 'create', '--name', 'Aiko Tanaka']);
  assert.equal(created.code, 0, created.stderr);
  const token = created.stdout.trim();
  assert.match(token, /^slens_u_[\w-]{43}$/);
  assert.match(created.stderr, /created user "Aiko Tanaka"; the sign-in token above is not shown again/);

  // The password comes from standard input, through the real binary.
  const withPassword = spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'user', 'create', '--name', 'ken', '--password-stdin', '--lang', 'ja'], {
    input: 'a long enough passphrase\n',
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: 'utf8',
  });
  assert.equal(withPassword.status, 0, withPassword.stderr);
  assert.match(withPassword.stderr, /ユーザー「ken」を作成しました（パスワード付き）/);
  const short = spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'user', 'create', '--name', 'mio', '--password-stdin'], { input: 'short\n', env: { ...process.env, DATABASE_URL: db.url }, encoding: 'utf8' });
  assert.equal(short.status, 2);
  assert.match(short.stderr, /a password is 12 to 1024 characters/);
  assert.doesNotMatch(short.stderr, /\n\s+at /);

  const service = await openService(db, t);
  assert.ok(await checkPassword(service.store, 'KEN', 'a long enough passphrase'), 'name is case-insensitive, password checked');
  assert.equal(await checkPassword(service.store, 'ken', 'a long enough passphrasE'), undefined);
  const auth = await authenticate(service.store, `Bearer ${token}`, false);
  assert.ok(auth.ok && auth.principal.userId !== null && auth.principal.name === 'Aiko Tanaka');

  const list = await runCli(['user', 'list', '--format', 'json']);
  assert.deepEqual(JSON.parse(list.stdout).users.map((u: { name: string; hasPassword: boolean }) => [u.name, u.hasPassword]), [['Aiko Tanaka', false], ['ken', true]]);
  assert.doesNotMatch(list.stdout, /slens_u_|scrypt/, 'never a secret');

  for (const [args, message] of [
    [['user', 'create', '--name', 'aiko tanaka'], /already exists/],
    [['user', 'create', '--name', '<script>'], /a user name is 1 to 64/],
    [['user', 'create', '--name', 'x'.repeat(5000)], /a user name is 1 to 64/],
    [['user', 'disable', 'nobody'], /no enabled user named "nobody"/],
    [['user', 'share', 'ken', '--workload', 'nothing', '--access', 'owner'], /no workload/],
  ] as const) {
    const run = await runCli([...args]);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
  const w = await service.createWorkload({ workloadName: 'CLI shared', lenses: ['serverless'] });
  const badAccess = await runCli(['user', 'share', 'ken', '--workload', 'CLI shared', '--access', 'god', '--lang', 'ja']);
  assert.equal(badAccess.code, 2);
  assert.match(badAccess.stderr, /owner、contributor、readonly のいずれか/);
  assert.equal((await runCli(['user', 'share', 'ken', '--workload', 'CLI shared', '--access', 'contributor'])).code, 0);
  const ken = (await service.store.findUser('ken'))!;
  assert.equal(await service.store.workloadAccessOf(w.workloadId, ken.id), 'contributor');
  // The last owner stays: neither downgraded nor removed, with the reason in either language; a second owner frees them.
  assert.equal((await runCli(['user', 'share', 'ken', '--workload', 'CLI shared', '--access', 'owner'])).code, 0);
  const lastOwner = await runCli(['user', 'share', 'ken', '--workload', 'CLI shared', '--access', 'readonly']);
  assert.equal(lastOwner.code, 2);
  assert.match(lastOwner.stderr, /"ken" is the last owner of the workload "CLI shared"/);
  const lastOwnerJa = await runCli(['user', 'unshare', 'KEN', '--workload', 'CLI shared', '--lang', 'ja']);
  assert.equal(lastOwnerJa.code, 2);
  assert.match(lastOwnerJa.stderr, /「ken」はワークロード「CLI shared」の最後の所有者です/);
  assert.doesNotMatch(lastOwnerJa.stderr, /\n\s+at /);
  assert.equal((await runCli(['user', 'share', 'Aiko Tanaka', '--workload', 'CLI shared', '--access', 'owner'])).code, 0);
  const unshared = await runCli(['user', 'unshare', 'ken', '--workload', 'CLI shared']);
  assert.equal(unshared.code, 0, unshared.stderr);
  assert.match(unshared.stderr, /"ken" no longer has access to "CLI shared"/);
  assert.equal(await service.store.workloadAccessOf(w.workloadId, ken.id), undefined);
  assert.equal((await runCli(['user', 'unshare', 'ken', '--workload', 'CLI shared'])).code, 2, 'no share left to end');
  // Recorded in the history as the CLI's ("local").
  const { listHistory } = await import('../../src/review/history.js');
  assert.deepEqual((await listHistory(service.store, w.workloadId, { kind: 'share' })).map((c) => [c.who, c.changes]).at(-1), ['local', { ken: ['owner', null] }]);

  const disabled = await runCli(['user', 'disable', 'Aiko Tanaka', '--lang', 'ja']);
  assert.equal(disabled.code, 0);
  assert.match(disabled.stderr, /無効にしました/);
  assert.equal((await authenticate(service.store, `Bearer ${token}`, false)).ok, false, 'a disabled user\'s token stops working');
  assert.match((await runCli(['user', 'list'])).stdout, /Aiko Tanaka\t\w+\t[\d-]+T[\d:.]+Z\t-\tdisabled /);
});
