// `slens serve` as users start it: the real binary in a fresh folder, the default SQLite file, --demo.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawnServe } from '../helpers/child-server.js';
import { repoRoot } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'slens-serve-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('serve --demo creates the default database with a sample workload once, and serves pages and API', { timeout: 60_000 }, async (t) => {
  const cwd = tempDir(t);
  for (const round of [1, 2]) {
    const server = await spawnServe(['serve', '--demo', '--port', '0'], { cwd, env: { DATABASE_URL: undefined } });
    try {
      assert.match(server.stderr(), new RegExp(`database ${join(cwd, '.slens', 'slens.db').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.ok(existsSync(join(cwd, '.slens', 'slens.db')));
      const list = (await (await fetch(`${server.url}/api/workloads`)).json()) as { workloads: { workloadId: string; riskCounts: Record<string, number> }[] };
      assert.equal(list.workloads.length, 1, `round ${round}: the sample exists exactly once`);
      const counts = list.workloads[0]!.riskCounts;
      assert.ok(counts.HIGH! > 0 && counts.MEDIUM! > 0 && counts.NONE! > 0 && counts.NOT_APPLICABLE! > 0, JSON.stringify(counts));
      const page = await fetch(`${server.url}/workloads/${list.workloads[0]!.workloadId}`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Sample order service/);
      assert.match(server.stderr(), /sample workload: http:\/\/127\.0\.0\.1:\d+\/workloads\/[0-9a-f]{32}/);
      // The sample carries the evidence of the bundled example app (the careless order service).
      const evidence = (await (await fetch(`${server.url}/api/workloads/${list.workloads[0]!.workloadId}/lensReviews/serverless/evidence`)).json()) as {
        scan: { files: string[] } | null;
        questions: { questionId: string; answer: unknown; suggestion: { state: string }; choices: { choiceId: string; status: string; findings: { file: string }[] }[] }[];
      };
      assert.ok(evidence.scan?.files.includes('examples/orders-careless/template.yaml'), JSON.stringify(evidence.scan));
      const tracing = evidence.questions.find((q) => q.questionId === 'OPS1')!.choices.find((c) => c.choiceId === 'ops1_tracing')!;
      assert.equal(tracing.status, 'contradicted');
      assert.match(tracing.findings[0]!.file, /^examples\/orders-careless\//);
      assert.equal(evidence.questions.find((q) => q.questionId === 'REL2')!.answer, null, 'the import answers nothing');
      const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
      assert.equal(spec.openapi, '3.1.0');
      assert.ok(spec.paths['/api/workloads/{workloadId}/lensReviews/{lensAlias}/answers/{questionId}']);
      // Logs: one JSON line per request on standard output.
      await new Promise((r) => setTimeout(r, 50));
      const lines = server.stdout().trim().split('\n');
      assert.ok(lines.length >= 3);
      for (const line of lines) assert.equal(typeof JSON.parse(line).status, 'number');
    } finally {
      server.child.kill('SIGTERM');
    }
    const ended = await server.exited;
    assert.equal(ended.code, 0, 'SIGTERM stops the server cleanly');
  }
});

test('serve refuses a non-loopback host without a token, and a bad port, with exit 2', async (t) => {
  const cwd = tempDir(t);
  const bin = join(repoRoot, 'bin', 'slens.js');
  const outside = spawnSync(process.execPath, [bin, 'serve', '--host', '0.0.0.0', '--port', '0'], { cwd, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${join(cwd, 'x.db')}` } });
  assert.equal(outside.status, 2);
  assert.match(outside.stderr, /^slens: refusing to serve on 0\.0\.0\.0.*slens token create/);
  assert.doesNotMatch(outside.stderr, /\n\s+at /, 'no stack trace');
  const ja = spawnSync(process.execPath, [bin, 'serve', '--host', '0.0.0.0', '--port', '0', '--lang', 'ja'], { cwd, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${join(cwd, 'x.db')}` } });
  assert.equal(ja.status, 2);
  assert.match(ja.stderr, /API トークンなしでは起動しません/);
  const port = await runCli(['serve', '--port', 'http']);
  assert.equal(port.code, 2);
  assert.match(port.stderr, /--port must be a number/);
});
