// Colour contrast of the pages, the reports and the charts (WCAG 2.1 AA): text at least 4.5:1, the focus
// outline at least 3:1 against the backgrounds it sits on. Colours are read from the stylesheet and the chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHART_RISKS, RISK_COLOURS, TEXT_ON } from '../../src/report/charts/risk-bars.js';
import { STYLESHEET } from '../../src/report/review/style.js';

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const vars = Object.fromEntries([...STYLESHEET.matchAll(/--([a-z]+):(#[0-9a-f]{3,6})/g)].map((m) => [m[1], m[2]])) as Record<string, string>;
const v = (name: string): string => {
  const value = vars[name];
  assert.ok(value, `--${name} is defined in the stylesheet`);
  return value;
};

test('the contrast formula agrees with known values', () => {
  assert.equal(contrast('#000', '#fff').toFixed(1), '21.0');
  assert.equal(contrast('#777', '#fff').toFixed(2), '4.48');
});

test('text colours reach 4.5:1 on the backgrounds they are used on', () => {
  const pairs: [string, string, string][] = [
    ['body text', v('fg'), v('bg')],
    ['muted text', v('muted'), v('bg')],
    ['muted text on soft', v('muted'), v('soft')],
    ['links', v('accent'), v('bg')],
    ['links in the header', v('accent'), v('soft')],
    ['button text', '#ffffff', v('accent')],
    ['errors', v('high'), v('bg')],
    ['high badge', '#ffffff', v('high')],
    ['medium badge', '#ffffff', v('medium')],
    ['no-risk badge', '#ffffff', v('none')],
    ['not-applicable badge', '#ffffff', v('na')],
  ];
  for (const [what, fg, bg] of pairs) assert.ok(contrast(fg, bg) >= 4.5, `${what}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
});

test('chart numbers are readable on every bar colour, and the focus outline stands out', () => {
  for (const risk of CHART_RISKS) {
    const ratio = contrast(TEXT_ON[risk], RISK_COLOURS[risk]);
    assert.ok(ratio >= 4.5, `${risk}: ${TEXT_ON[risk]} on ${RISK_COLOURS[risk]} is ${ratio.toFixed(2)}:1`);
  }
  const outline = /:focus-visible\{outline:3px solid ([^;]+);/.exec(STYLESHEET)?.[1] ?? '';
  const colour = outline.startsWith('var(--') ? v(outline.slice(6, -1)) : outline;
  for (const bg of [v('bg'), v('soft')]) assert.ok(contrast(colour, bg) >= 3, `focus outline ${colour} on ${bg}`);
});
