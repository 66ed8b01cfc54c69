// The improvement plan and milestones (create, list, compare with a chart), in English and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

test('improvement plan: HIGH then MEDIUM, filters, one line per practice with guidance on demand, status forms', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    const empty = await c.get(`/workloads/${id}/plan`);
    assert.match(textOf(empty.text), /No high or medium risks/);
    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'] }); // MEDIUM
    await h.service.updateAnswer(id, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'] }); // HIGH
    await h.service.updateAnswer(id, 'serverless', 'COST1', { selectedChoices: ['cost1_init_external_calls', 'cost1_logging_retention', 'cost1_function_configuration', 'cost1_cost_aware_patterns'] }); // NONE
    const plan = await c.get(`/workloads/${id}/plan`);
    const text = textOf(plan.text);
    assert.match(text, /Open 6 · In progress 0 · Done 0 · Won't do 0 High risk High risk SEC1 .* Medium risk Medium risk OPS1 /);
    assert.doesNotMatch(text, /COST1/);
    assert.doesNotMatch(text, /None of these/, '"None of these" is never a best practice to adopt');
    // OPS1 lacks three best practices: one line each, the guidance in <details> with a short link.
    assert.equal([...plan.text.matchAll(/data-choice="ops1_/g)].length, 3);
    const ops1 = plan.text.slice(plan.text.indexOf('data-choice="ops1_tracing"'));
    assert.match(ops1, /<details><summary>Full guidance<\/summary>/);
    assert.match(ops1, /<a href="https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/services-xray\.html" rel="noopener noreferrer">Improvement guidance<\/a>/);
    assert.doesNotMatch(plan.text, /<a href="https:[^"]*"[^>]*>[^<]{80,}<\/a>/, 'no paragraph-long link');
    // Filters: by risk and by pillar.
    const medium = textOf((await c.get(`/workloads/${id}/plan?risk=MEDIUM`)).text);
    assert.doesNotMatch(medium, /SEC1 Use/);
    assert.match(medium, /Showing 3 of 6 items/);
    const security = textOf((await c.get(`/workloads/${id}/plan?pillar=security`)).text);
    assert.doesNotMatch(security, /OPS1 Use/);
    // Set an item done: the page, the overview and the flag show it.
    await c.get(`/workloads/${id}/plan`);
    const saved = await c.post(`/workloads/${id}/plan/serverless/OPS1/ops1_tracing`, { status: 'DONE', owner: 'Aiko', due: '2027-01-31', reason: '', version: '0', back: `/workloads/${id}/plan` });
    assert.equal(saved.status, 303);
    const after = textOf((await c.follow(saved)).text);
    assert.match(after, /Saved ops1_tracing\./);
    assert.match(after, /Open 5 · In progress 0 · Done 1/);
    assert.match(after, /1 done item\(s\) whose choice is still unticked/);
    assert.match(after, /Use distributed tracing.* Done · Aiko · 2027-01-31 ⚠ Marked done, but the choice is still unticked/);
    const stale = await c.post(`/workloads/${id}/plan/serverless/OPS1/ops1_tracing`, { status: 'OPEN', version: '0', back: `/workloads/${id}/plan` });
    assert.match(stale.location ?? '', /stale=1/);
    assert.match(textOf((await c.follow(stale)).text), /Someone else changed this item/);
    const wontDo = await c.post(`/workloads/${id}/plan/serverless/OPS1/ops1_structured_logging`, { status: 'WONT_DO', reason: '', version: '0' });
    assert.equal(wontDo.status, 400);
    assert.match(textOf(wontDo.text), /a reason is needed/);
    const overview = textOf((await c.get(`/workloads/${id}`)).text);
    assert.match(overview, /Open 5 · In progress 0 · Done 1 · Won't do 0/);
    const ja = await c.get(`/workloads/${id}/plan?lang=ja`);
    assert.match(textOf(ja.text), /改善計画 — Orders API 概要 .* 未着手 5 · 対応中 0 · 完了 1 · 対応しない 0 .*高リスク 高リスク SEC1 .* 中リスク 中リスク OPS1 .*分散トレースを使用し.* 完了 · Aiko · 2027-01-31 ⚠ 完了になっていますが/);
    const md = await c.get(`/workloads/${id}/report/markdown?lang=en`);
    assert.equal(md.status, 200);
    assert.match(md.text, /\| OPS1 Use distributed tracing[^|]*\| Done ⚠ Marked done, but the choice is still unticked in the review \| Aiko \| 2027-01-31 \|/);
    const html = textOf((await c.get(`/workloads/${id}/report/html`)).text);
    assert.match(html, /Open 5 · In progress 0 · Done 1 · Won't do 0 .*High risk .*SEC1/);
  } finally {
    await h.close();
  }
});

test('milestones: create (name checked), list, then compare a milestone with the current review and two milestones', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    const page = await c.get(`/workloads/${id}/milestones`);
    assert.match(textOf(page.text), /No milestones yet/);
    assert.doesNotMatch(page.text, /Compare two milestones/, 'nothing to compare yet');

    const blank = await c.post(`/workloads/${id}/milestones`, { name: '   ' });
    assert.equal(blank.status, 400);
    assert.match(textOf(blank.text), /Enter a name for the milestone\./);

    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'] });
    await h.service.updateAnswer(id, 'serverless', 'SEC1', { selectedChoices: ['sec1_authn_authz'] });
    const made = await c.post(`/workloads/${id}/milestones`, { name: 'Before launch' });
    assert.equal(made.status, 303);
    assert.equal(made.location, `/workloads/${id}/milestones?saved=1&n=1&name=Before+launch`);
    assert.match(textOf((await c.follow(made)).text), /Milestone #1 "Before launch" was saved\./);
    const again = await c.post(`/workloads/${id}/milestones`, { name: 'Before launch' });
    assert.equal(again.status, 409);
    assert.match(textOf(again.text), /already has a milestone named "Before launch"; choose another name\./);

    // OPS1 gets better, SEC1 gets worse.
    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'] });
    await h.service.updateAnswer(id, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'] });
    const list = await c.get(`/workloads/${id}/milestones`);
    // The list shows each milestone's risk counts as frozen: OPS1 was high, SEC1 medium.
    assert.match(textOf(list.text), /No\. Name High risk Medium risk Created 1 Before launch 1 1 /);
    assert.match(list.text, /<select id="cmp-base" name="base"><option value="1" selected="">#1 Before launch<\/option>/);

    const cmp = await c.get(`/workloads/${id}/compare?base=1&target=current`);
    assert.equal(cmp.status, 200);
    const text = textOf(cmp.text);
    assert.match(text, /Compare: #1 Before launch → Current review — Orders API/);
    assert.match(text, /Improved : 1 · Regressed : 1/);
    assert.match(text, /Improved Question Risks Choices added Choices dropped OPS1 .* High risk → Medium risk Understand, analyze, and alert on metrics provided out of the box None of these/);
    assert.match(text, /Regressed Question Risks Choices added Choices dropped SEC1 .* Medium risk → High risk None of these Use authentication and authorization mechanisms/);
    assert.match(cmp.text, /<svg[^>]*role="img" aria-labelledby="compare-chart-t compare-chart-d"/);
    assert.match(cmp.text, /Overall · #1: High risk 1, Medium risk 1,/);
    assert.match(cmp.text, /Overall · now: High risk 1, Medium risk 1,/);

    await c.post(`/workloads/${id}/milestones`, { name: 'After fixes' });
    const two = await c.get(`/workloads/${id}/compare?base=1&target=2&lang=ja`);
    const textJa = textOf(two.text);
    assert.match(textJa, /比較: #1 Before launch → #2 After fixes/);
    assert.match(textJa, /改善 : 1 · 悪化 : 1/);
    assert.match(textJa, /高リスク → 中リスク/);
    const overview = await c.get(`/workloads/${id}?lang=ja`);
    assert.match(textOf(overview.text), /マイルストーン #1 Before launch — .* #2 After fixes — /);
    // The language chosen with ?lang=ja is remembered for this browser.
    const none = await c.get(`/workloads/${id}/compare?base=2&target=current`);
    assert.match(textOf(none.text), /この2つの間でリスクの変化はありません/);
    const missing = await c.get(`/workloads/${id}/compare?base=9&target=current`);
    assert.equal(missing.status, 404);
  } finally {
    await h.close();
  }
});

test('a milestone page shows the improvement items frozen with it (status, owner, due), not today\'s; in English and Japanese', async () => {
  const { updateImprovementItem } = await import('../../../src/review/improvement-items.js');
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service, 'Frozen plan');
    const c = h.client();
    // A milestone taken before any item was touched shows the plain plan (no status table).
    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'] });
    await c.get(`/workloads/${id}/milestones`);
    assert.equal((await c.post(`/workloads/${id}/milestones`, { name: 'Untracked' })).status, 303);
    const plainRes = await c.get(`/workloads/${id}/milestones/1`);
    assert.equal(plainRes.status, 200);
    const plain = textOf(plainRes.text);
    assert.doesNotMatch(plain, /Aiko <script>/);

    await updateImprovementItem(h.service, id, 'serverless', 'OPS1', 'ops1_tracing', { status: 'IN_PROGRESS', owner: 'Aiko <script>', due: '2027-01-15', version: 0 }, 'en');
    await updateImprovementItem(h.service, id, 'serverless', 'OPS1', 'ops1_managed_metrics', { status: 'DONE', owner: 'Ben', due: '', version: 0 }, 'en');
    assert.equal((await c.post(`/workloads/${id}/milestones`, { name: 'Tracked' })).status, 303);
    // Later changes do not reach the milestone.
    await updateImprovementItem(h.service, id, 'serverless', 'OPS1', 'ops1_tracing', { status: 'WONT_DO', reason: 'later', owner: 'Chika', due: '2027-03-01', version: 1 }, 'en');

    const res = await c.get(`/workloads/${id}/milestones/2?lang=en`);
    assert.equal(res.status, 200);
    assert.doesNotMatch(res.text, /<script>/);
    const page = textOf(res.text);
    assert.match(page, /Use distributed tracing[^\n]*?In progress Aiko <script> 2027-01-15/);
    assert.match(page, /Done ⚠ Marked done, but the choice is still unticked in the review Ben/);
    assert.match(page, /Open 2 · In progress 1 · Done 1 · Won't do 0/);
    // The frozen DONE item whose choice the milestone's answer does not tick is flagged, as in the plan.
    assert.match(page, /1 done item\(s\) whose choice is still unticked/);
    assert.doesNotMatch(page, /Chika|2027-03-01/);
    const ja = textOf((await c.get(`/workloads/${id}/milestones/2?lang=ja`)).text);
    assert.match(ja, /対応中 Aiko <script> 2027-01-15/);
    assert.match(ja, /完了 ⚠ [^A-Za-z]+ Ben/);
    assert.doesNotMatch(ja, /Chika|2027-03-01/);
  } finally {
    await h.close();
  }
});
