// The improvement plan and milestones (create, list, compare with a chart), in English and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

test('improvement plan: per pillar, highest risk first, each missing best practice with its link', async () => {
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
    assert.match(text, /Security High risk SEC1 .* Operational Excellence Medium risk OPS1 /);
    assert.doesNotMatch(text, /COST1/);
    assert.doesNotMatch(text, /None of these/, '"None of these" is never a best practice to adopt');
    // OPS1 lacks three best practices; each links to its guide.
    const ops1 = plan.text.slice(plan.text.indexOf('?q=OPS1'));
    assert.equal([...ops1.matchAll(/<li><strong>/g)].length, 3);
    // The improvement text is prose; the link is a short "Improvement guidance" after it, not the whole paragraph.
    assert.match(ops1, /<a href="https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/services-xray\.html" rel="noopener noreferrer" aria-label="Improvement guidance: [^"]+">Improvement guidance<\/a>/);
    assert.doesNotMatch(ops1, /<a href="https:[^"]*"[^>]*>[^<]{80,}<\/a>/, 'no paragraph-long link');
    const ja = await c.get(`/workloads/${id}/plan?lang=ja`);
    assert.match(textOf(ja.text), /改善計画 — Orders API 概要 .* セキュリティ 高リスク SEC1 .* 運用上の優秀性 中リスク OPS1 .*取り入れるべきベストプラクティス 分散トレースを使用し.* 改善ガイダンス/);
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
