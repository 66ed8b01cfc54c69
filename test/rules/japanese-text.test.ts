// Japanese rule texts follow the house conventions (DESIGN.md): full-width （） around prose, 、 and 。 rather
// than ASCII ", " and ". ". Code spans and fenced examples are code, not prose, and keep their ASCII.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { META_RULES, RULES } from '../../src/rules/index.js';
import type { Localized } from '../../src/util/i18n.js';

/** Every Localized text of a rule (title, messages, docs), with where it sits. */
function texts(rule: object): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    const pair = value as Partial<Localized>;
    if (typeof pair.en === 'string' && typeof pair.ja === 'string') out.push([where, pair.ja]);
    else for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
  };
  const { title, messages, docs } = rule as { title?: unknown; messages?: unknown; docs?: unknown };
  walk({ title, messages, docs }, (rule as { id: string }).id);
  return out;
}

/** The prose of a Japanese text: fenced blocks and `code spans` removed. */
function prose(text: string): string {
  return text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, '`');
}

test('the prose helper keeps code out: ASCII inside code spans and fences is not prose', () => {
  assert.equal(prose('例 `f(x)` と（注）'), '例 ` と（注）');
  assert.doesNotMatch(prose('```yaml\nA: (b)\n```\n本文'), /\(/);
});

test('Japanese rule texts use （） for parentheses, outside code', () => {
  const offenders = [...RULES, ...META_RULES].flatMap((rule) => texts(rule)).filter(([, ja]) => /[()]/.test(prose(ja)));
  assert.deepEqual(offenders.map(([where, ja]) => `${where}: ${ja}`), []);
});

test('Japanese rule texts use 、 and 。 rather than ASCII ", " and ". " in prose', () => {
  const offenders = [...RULES, ...META_RULES].flatMap((rule) => texts(rule)).filter(([, ja]) => /[\u3040-\u30ff\u3400-\u9fff][,.] |[,.] [\u3040-\u30ff\u3400-\u9fff]/.test(prose(ja)));
  assert.deepEqual(offenders.map(([where, ja]) => `${where}: ${ja}`), []);
});

test('the checks would catch an offender', () => {
  assert.match(prose('メトリクス (Errors、Throttles) がありません'), /[()]/);
  assert.match(prose('関数です, 設定します'), /[\u3040-\u30ff\u3400-\u9fff][,.] /);
});
