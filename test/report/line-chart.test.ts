// The SVG line chart: scales, escaping, the highlight, and byte-identical output for the same input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineChart, niceMax, type LineChartSpec } from '../../src/report/charts/line-chart.js';

const spec: LineChartSpec = {
  title: 'Time & <cost>',
  categories: ['128', '256', '512'],
  xLabel: 'Memory',
  left: { label: 'ms', format: String },
  right: { label: 'USD', format: String },
  series: [
    { name: 'time', values: [400, 200, 100], axis: 'left', colour: '#000001' },
    { name: 'cost', values: [3, 2, Number.NaN], axis: 'right', colour: '#000002' },
  ],
  highlight: { index: 1, label: 'pick "256"' },
};

test('nice axis maxima', () => {
  assert.deepEqual([0, 1, 3, 7, 40, 401, 0.00023].map(niceMax), [1, 1, 5, 10, 50, 500, 0.00025]);
});

test('points sit on their axes; text is escaped; missing values are skipped', () => {
  const svg = lineChart(spec);
  assert.equal(svg, lineChart(spec), 'deterministic');
  assert.match(svg, /<title>Time &amp; &lt;cost&gt;<\/title>/);
  assert.match(svg, /pick &quot;256&quot;/);
  // Plot area: x 86..624, y 64..356 (292 high). Left max 500: 400 → 356 - 0.8 x 292 = 122.4.
  assert.match(svg, /<polyline fill="none" stroke="#000001" stroke-width="2.5" points="86,122.4 355,239.2 624,297.6"\/>/);
  // Right max 5: 3 → 356 - 0.6 x 292 = 180.8; the NaN point is left out.
  assert.match(svg, /points="86,180.8 355,239.2"\/>/);
  assert.equal((svg.match(/<circle /g) ?? []).length, 5);
  assert.match(svg, /<line x1="355" y1="64" x2="355" y2="356" stroke="#1e6b34"/);
  assert.ok(svg.startsWith('<svg ') && svg.endsWith('</svg>'));
});
