// The HTML report embeds only what a report shows; the pages' stylesheet is that plus the page-only
// rules (header, forms, buttons, tabs, the question list).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STYLESHEET as REPORT_CSS } from '../../../src/report/review/style.js';
import { STYLESHEET as PAGE_CSS } from '../../../src/server/pages/style.js';

const PAGE_ONLY = ['header.top{', 'form.stack{', 'button,.button{', '.tabs{', '.choice{', '.review nav', '.skip{', '.notice{'];
const SHARED = [':root{', '.badge{', '.risk-HIGH{', '.chart svg{', '.summary th{', 'section.question{break-inside:avoid}'];

test('page-only rules live with the pages; the report keeps what it renders', () => {
  for (const rule of PAGE_ONLY) {
    assert.ok(!REPORT_CSS.includes(rule), `the report does not carry ${rule}`);
    assert.ok(PAGE_CSS.includes(rule), `the pages carry ${rule}`);
  }
  for (const rule of SHARED) {
    assert.ok(REPORT_CSS.includes(rule), `the report carries ${rule}`);
    assert.ok(PAGE_CSS.includes(rule), `the pages carry ${rule}`);
  }
  // Every brace opened is closed, so no rule swallows the next.
  for (const css of [REPORT_CSS, PAGE_CSS]) assert.equal(css.split('{').length, css.split('}').length);
});
