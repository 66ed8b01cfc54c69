// Workloads list, the create form and the overview, in English and Japanese, over a real SQLite file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

test('workloads list: empty state, then the created workload with its risk counts, in English and Japanese', async () => {
  const h = await openPagesHarness();
  try {
    const en = h.client();
    const empty = await en.get('/workloads');
    assert.equal(empty.status, 200);
    assert.match(empty.text, /<html lang="en">/);
    assert.match(textOf(empty.text), /No workloads yet/);
    const ja = h.client({ headers: { 'accept-language': 'ja' } });
    const emptyJa = await ja.get('/workloads');
    assert.match(emptyJa.text, /<html lang="ja">/);
    assert.match(textOf(emptyJa.text), /ワークロードはまだありません/);
    // The lens to apply is named in the page's language.
    assert.match(emptyJa.text, /<label for="w-lens-serverless">サーバーレスレンズ \(slens\)<\/label>/);
    assert.match((await h.client().get('/workloads')).text, /<label for="w-lens-serverless">Serverless Lens \(slens\)<\/label>/);

    const id = await seedWorkload(h.service, 'Orders API');
    // Two answers at HIGH risk ("None of these"), one at MEDIUM.
    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'] });
    await h.service.updateAnswer(id, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'] });
    await h.service.updateAnswer(id, 'serverless', 'REL1', { selectedChoices: ['rel1_throttling'] });
    const list = await en.get('/workloads');
    const row = /<tr><td><a href="\/workloads\/[0-9a-f]+">Orders API<\/a><\/td>(.*?)<\/tr>/.exec(list.text);
    assert.ok(row, 'the workload has a row linking to its overview');
    assert.match(textOf(row[1] ?? ''), /^Production 2 1 /);
    assert.match(textOf(list.text), /High risk Medium risk Last update/);
    const listJa = await ja.get('/workloads');
    assert.match(textOf(listJa.text), /Orders API 本番 2 1 /);
    assert.match(textOf(listJa.text), /高リスク 中リスク 最終更新/);
  } finally {
    await h.close();
  }
});

test('create a workload with the form: redirect to its overview; the lens is applied', async () => {
  const h = await openPagesHarness();
  try {
    const c = h.client();
    const form = await c.get('/workloads');
    // Every input has a label pointing at it.
    for (const id of ['w-name', 'w-description', 'w-accounts', 'w-owner', 'w-architecture', 'w-industry', 'w-priority-1', 'w-priority-6', 'w-lens-serverless'])
      assert.match(form.text, new RegExp(`<label for="${id}">`), id);
    // Regions are picked from the list of AWS Regions, each a labelled checkbox.
    assert.match(form.text, /<label class="pick"><input type="checkbox" name="regions" value="ap-northeast-1"\/><span>Asia Pacific \(Tokyo\) <code>ap-northeast-1<\/code>/);
    assert.match(form.text, /<input type="checkbox" id="w-lens-serverless" name="lenses" value="serverless" checked/);
    const res = await c.post('/workloads', {
      _submitted: '1',
      name: 'Payments',
      description: 'Card payments',
      environment: 'PREPRODUCTION',
      regions: ['ap-northeast-1', 'us-east-1'],
      accounts: '123456789012',
      owner: 'Aiko',
      architecture: 'https://example.com/diagram.png',
      industry: 'Retail',
      priority: ['security', 'reliability', '', '', '', ''],
      lenses: 'serverless',
    });
    assert.equal(res.status, 303);
    assert.match(res.location ?? '', /^\/workloads\/[0-9a-f]{32}$/);
    const stored = await h.service.getWorkload('Payments');
    assert.deepEqual(stored.awsRegions, ['ap-northeast-1', 'us-east-1']);
    assert.deepEqual(stored.pillarPriorities, ['security', 'reliability']);
    assert.equal(stored.environment, 'PREPRODUCTION');
    assert.deepEqual(stored.lenses, ['serverless']);
    const overview = await c.follow(res);
    assert.equal(overview.status, 200);
    assert.match(overview.text, /<h1>Payments<\/h1>/);
  } finally {
    await h.close();
  }
});

test('create form errors: a short name is refused per field (aria-invalid, values kept), a taken name is a 409', async () => {
  const h = await openPagesHarness();
  try {
    const c = h.client({ headers: { 'accept-language': 'ja' } });
    await c.get('/workloads');
    const bad = await c.post('/workloads', { _submitted: '1', name: 'ab', description: 'kept text', lenses: 'serverless' });
    assert.equal(bad.status, 400);
    assert.match(textOf(bad.text), /以下の項目を修正してください/);
    assert.match(bad.text, /id="w-name" name="name" value="ab" required="" aria-invalid="true"/);
    assert.match(textOf(bad.text), /名前は3〜100文字で入力してください（いまは2文字です）。/);
    assert.match(bad.text, />kept text<\/textarea>/);
    assert.equal((await h.service.listWorkloads()).length, 0);

    await seedWorkload(h.service, 'Orders API');
    const taken = await c.post('/workloads', { _submitted: '1', name: 'Orders API', lenses: 'serverless' });
    assert.equal(taken.status, 409);
    assert.match(textOf(taken.text), /ワークロード「Orders API」は既にあります。別の名前にしてください。/);
  } finally {
    await h.close();
  }
});

test('overview: risk chart as SVG, progress per pillar, milestones and the plan, in English and Japanese', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'] });
    await h.service.updateAnswer(id, 'serverless', 'OPS2', { selectedChoices: ['ops2_iac_stages', 'ops2_runtime_deprecation'] });
    const en = await h.client().get(`/workloads/${id}`);
    assert.equal(en.status, 200);
    const svg = /<svg[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/.exec(en.text)?.[0] ?? '';
    assert.ok(svg, 'the risk chart is an inline SVG image');
    assert.match(svg, /<title id="chart-0-t">Risks per pillar — Serverless Lens \(slens\)<\/title>/);
    assert.match(svg, /Operational Excellence: High risk 1, Medium risk 1, No risk 0, Not applicable 0, Unanswered 0/);
    const text = textOf(en.text);
    assert.match(text, /Operational Excellence 2\/2 1 1/);
    assert.match(text, /Security 0\/3 0 0/);
    assert.match(text, /No milestones yet/);
    assert.match(text, /Improvement plan Open 8 · In progress 0 · Done 0 · Won't do 0 High risk OPS1 .* Medium risk OPS2 /);

    const ja = await h.client().get(`/workloads/${id}?lang=ja`);
    const textJa = textOf(ja.text);
    assert.match(textJa, /運用上の優秀性 2\/2 1 1/);
    assert.match(textJa, /柱ごとのリスク — サーバーレスレンズ \(slens\)/);
    assert.match(textJa, /マイルストーンはまだありません/);
    assert.match(textJa, /改善計画 未着手 8 · 対応中 0 · 完了 0 · 対応しない 0 高リスク OPS1 サーバーレスアプリケーションの状態をどのように評価しますか/);
  } finally {
    await h.close();
  }
});

test('unknown workload: a 404 page in the reader\'s language', async () => {
  const h = await openPagesHarness();
  try {
    const res = await h.client().get('/workloads/nope?lang=ja');
    assert.equal(res.status, 404);
    assert.match(textOf(res.text), /ID または名前が「nope」のワークロードはありません/);
  } finally {
    await h.close();
  }
});
