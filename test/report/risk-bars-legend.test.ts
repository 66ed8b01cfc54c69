// The risk chart's legend, measured in real Chromium: in English and Japanese no label runs into the next
// swatch, and the whole legend stays inside the chart (a fixed step once made "Medium risk" overlap "No risk").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../src/report/pdf.js';
import { RiskBars } from '../../src/report/charts/risk-bars.js';
import { LANGS } from '../../src/util/i18n.js';

const counts = { HIGH: 1, MEDIUM: 2, NONE: 3, NOT_APPLICABLE: 1, UNANSWERED: 4 };

test('risk chart legend: labels never overlap the next item and stay inside the chart, in English and Japanese', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const lang of LANGS) {
      const svg = String(RiskBars({ rows: [{ label: 'Overall', counts, strong: true }], title: 'Risks', lang, id: 'c' }));
      await page.setContent(`<!doctype html><html lang="${lang}"><body style="margin:0;font-family:system-ui,sans-serif">${svg}</body></html>`);
      // Evaluated as a string: the test build has no DOM types.
      const boxes = (await page.evaluate(`(() => {
        const svg = document.querySelector('svg');
        const right = svg.getBoundingClientRect().right;
        const items = [...svg.querySelectorAll(':scope > g:last-of-type > g')].map((g) => ({
          swatch: g.querySelector('rect').getBoundingClientRect().left,
          textRight: g.querySelector('text').getBoundingClientRect().right,
          label: g.querySelector('text').textContent,
        }));
        return { right, items };
      })()`)) as { right: number; items: { swatch: number; textRight: number; label: string }[] };
      assert.equal(boxes.items.length, 5, lang);
      boxes.items.forEach((item, i) => {
        const next = boxes.items[i + 1];
        if (next) assert.ok(item.textRight + 4 <= next.swatch, `${lang}: "${item.label}" ends at ${item.textRight}, the next swatch starts at ${next.swatch}`);
        assert.ok(item.textRight <= boxes.right, `${lang}: "${item.label}" ends at ${item.textRight}, outside the chart (${boxes.right})`);
      });
    }
  } finally {
    await browser.close();
  }
});
