// Review templates on the pages, by role: a readonly member cannot apply a template or reset an answer, an outsider
// finds no workload, a viewer token cannot change templates; a stale template form says so; English and Japanese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTemplate } from '../../../src/review/templates.js';
import { createToken } from '../../../src/server/tokens.js';
import { createUser } from '../../../src/server/users.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

const PASSWORD = 'correct horse battery';

test('templates on the pages: who may apply, reset and edit; a stale edit is refused and shown as it is now', async () => {
  const h = await openPagesHarness();
  try {
    const now = h.service.now();
    const shared = await seedWorkload(h.service, 'Shared orders');
    const hidden = await seedWorkload(h.service, 'Hidden payroll');
    const tpl = await createTemplate(h.service, { templateName: 'Baseline', lensAliases: ['serverless'], answers: [{ lensAlias: 'serverless', questionId: 'OPS1', selectedChoices: ['ops1_tracing'] }] }, { id: 'x', name: 'Lead', userId: null });
    const reader = (await createUser(h.service.store, 'Reader', PASSWORD, now)).user;
    await h.service.store.putWorkloadShare(shared, reader.id, 'readonly', now);
    const viewerToken = (await createToken(h.service.store, 'dashboards', 'viewer', now)).token;

    const r = h.client();
    await r.get('/signin');
    assert.equal((await r.post('/signin', { username: 'reader', password: PASSWORD, next: '/templates' })).status, 303);
    assert.match(textOf((await r.get('/templates')).text), /Baseline/);
    const refused = await r.post(`/workloads/${shared}/templates?lang=ja`, { templateId: tpl.templateId });
    assert.equal(refused.status, 403);
    assert.match(textOf(refused.text), /閲覧できますが、変更はできません/);
    assert.equal((await r.post(`/workloads/${hidden}/templates`, { templateId: tpl.templateId })).status, 404);
    assert.equal((await r.post(`/workloads/${shared}/review/serverless/OPS1/reset-template`, {})).status, 403);
    assert.equal((await h.service.getAnswer(shared, 'serverless', 'OPS1', 'en')).fromTemplate, null);

    const v = h.client();
    await v.get('/signin');
    assert.equal((await v.post('/signin', { token: viewerToken, next: '/templates' })).status, 303);
    await v.get(`/templates/${tpl.templateId}`);
    assert.equal((await v.post(`/templates/${tpl.templateId}`, { templateName: 'Renamed by a viewer', version: '1' })).status, 403);

    // Someone else saves first: the stale form is refused, and the page shows the template as it is now.
    const adminToken = (await createToken(h.service.store, 'lead', 'admin', now)).token;
    const a = h.client();
    await a.get('/signin');
    assert.equal((await a.post('/signin', { token: adminToken, next: '/templates' })).status, 303);
    await a.get(`/templates/${tpl.templateId}?lang=ja`);
    assert.equal((await a.post(`/templates/${tpl.templateId}`, { templateName: 'Baseline v2', description: '', notes: '', lensAliases: 'serverless', version: '1' })).status, 303);
    const stale = await a.post(`/templates/${tpl.templateId}`, { templateName: 'Baseline old', description: '', notes: '', lensAliases: 'serverless', version: '1' });
    assert.equal(stale.status, 409);
    assert.match(textOf(stale.text), /このテンプレートは開いた後に変更されました/);
    assert.match(stale.text, /value="Baseline v2"/);
    const bad = await a.post(`/templates/${tpl.templateId}/answers/serverless/OPS1?lang=en`, { choice: 'ops1_tracing', 'na:ops1_tracing': '1', 'na-reason:ops1_tracing': 'OTHER', version: '2', go: 'save' });
    assert.equal(bad.status, 400);
    assert.match(textOf(bad.text), /choice ops1_tracing cannot be marked not applicable: it is selected/);
    // The template's form has no script to enable the reason, so it is never disabled (the review page's is).
    const form = await a.get(`/templates/${tpl.templateId}/answers/serverless/OPS1?lang=en`);
    assert.match(form.text, /<select id="reason" name="reason">/);
  } finally {
    await h.close();
  }
});
