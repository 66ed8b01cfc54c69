// Formatter contracts: JSON shape and order, text grouping, Markdown escaping, JUnit well-formedness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson } from '../../src/report/json.js';
import { formatText } from '../../src/report/text.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatJunit } from '../../src/report/junit.js';
import { emptyResult, sampleResult } from './sample.js';

test('json: contract keys, sorted findings, byte-identical for shuffled input', () => {
  const a = formatJson(sampleResult(), { lang: 'en' });
  const shuffled = sampleResult();
  shuffled.findings.reverse();
  shuffled.files.reverse();
  assert.equal(formatJson(shuffled, { lang: 'en' }), a);
  const doc = JSON.parse(a) as Record<string, unknown> & { findings: Record<string, unknown>[]; summary: Record<string, number> };
  assert.deepEqual(Object.keys(doc), ['version', 'files', 'findings', 'suppressed', 'errors', 'summary', 'evidence', 'suggestions']);
  assert.deepEqual(doc['files'], ['a/template.yaml', 'b/template.yaml', 'c/dup.yaml']);
  assert.deepEqual(doc.findings.map((f) => `${f['file']}:${f['line']}`), ['a/template.yaml:12', 'a/template.yaml:15', 'b/template.yaml:30', 'c/dup.yaml:8']);
  const first = doc.findings[0] as Record<string, unknown>;
  for (const key of ['ruleId', 'aliases', 'severity', 'lens', 'file', 'line', 'column', 'resource', 'resourceType', 'message']) assert.ok(key in first, key);
  assert.deepEqual(first['lens'], { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_tracing' });
  assert.equal((doc.findings[3] as Record<string, unknown>)['lens'], null);
  assert.deepEqual(doc.summary, { files: 3, resources: 5, findings: 4, error: 2, warning: 1, info: 1, suppressed: 1, errors: 1 });
  assert.deepEqual(doc['errors'], [{ file: 'd/broken.yaml', line: 4, column: 2, code: 'yaml-syntax', message: 'bad indentation of a mapping entry' }]);
});

test('json: --lang ja changes only the messages', () => {
  const en = JSON.parse(formatJson(sampleResult(), { lang: 'en' })) as { findings: { message: string }[] };
  const ja = JSON.parse(formatJson(sampleResult(), { lang: 'ja' })) as { findings: { message: string }[] };
  assert.match(ja.findings[0]?.message ?? '', /のメッセージ/);
  assert.notEqual(en.findings[0]?.message, ja.findings[0]?.message);
});

test('text: grouped by pillar then question, file:line, rule id, summary; no colour unless asked', () => {
  const text = formatText(sampleResult(), { lang: 'en' });
  assert.doesNotMatch(text, /\u001b\[/);
  const ops = text.indexOf('Operational Excellence');
  const rel = text.indexOf('Reliability');
  const general = text.indexOf('Template and suppression problems');
  assert.ok(ops !== -1 && ops < rel && rel < general, text);
  assert.ok(text.indexOf('OPS1 ') < text.indexOf('OPS2 '));
  assert.match(text, /a\/template\.yaml:12 {2}warning {2}Fn {2}lambda-tracing message .*\[lambda-tracing\]/);
  assert.match(text, /d\/broken\.yaml:4 {2}yaml-syntax {2}bad indentation/);
  assert.match(text, /3 files, 5 resources: 2 errors, 1 warning, 1 info \(1 suppressed, 1 load error\)\n$/);
  assert.match(formatText(sampleResult(), { lang: 'en', color: true }), /\u001b\[31m/);
  const ja = formatText(sampleResult(), { lang: 'ja' });
  assert.match(ja, /運用上の優秀性|運用の優秀性/);
  assert.match(ja, /3 ファイル、5 リソース: エラー 2 件、警告 1 件、情報 1 件/);
  assert.match(formatText(emptyResult(), { lang: 'en' }), /\nNo findings\. 1 file, 2 resources: 0 errors, 0 warnings, 0 info\n$/);
});

test('markdown: one table per question, cells escaped, suppressed listed with reasons', () => {
  const md = formatMarkdown(sampleResult(), { lang: 'en' });
  assert.match(md, /^# slens scan\n/);
  assert.match(md, /### OPS1 How do you evaluate/);
  assert.match(md, /message &lt;&> "quoted" \\\| pipe/);
  assert.match(md, /sized by the platform team/);
  for (const line of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
    const cells = line.replace(/\\\|/g, '').split('|').length - 2;
    // Lens-view rows (a mark, the choice, the evidence, the rules) have 4 cells; finding rows 5.
    assert.equal(cells, /^\| ([✓✗?] )?\|/.test(line) ? 4 : 5, line);
  }
  assert.match(md, /\n<details><summary>1 suppressed<\/summary>\n/);
  assert.match(md, /\n## Files that could not be read\n/);
  const ja = formatMarkdown(sampleResult(), { lang: 'ja' });
  assert.match(ja, /^# slens スキャン結果\n/);
  assert.match(ja, /\n<details><summary>抑制された指摘 1 件<\/summary>\n/);
  assert.match(ja, /\n## 読み込めなかったファイル\n/);
  assert.match(ja, /\n\| 重大度 \| 場所 \| リソース \| 指摘 \| ルール \|\n/);
  const noReason = sampleResult();
  noReason.suppressed = noReason.suppressed.map((f) => ({ ...f, suppression: { source: f.suppression.source } }));
  assert.match(formatMarkdown(noReason, { lang: 'en' }), /: \(no reason\)\n/);
  assert.match(formatMarkdown(noReason, { lang: 'ja' }), /: \(理由なし\)\n/);
});

test('junit: well-formed XML, a case per rule × resource, failures, skipped for suppressed and unknown', () => {
  const xmlText = formatJunit(sampleResult(), { lang: 'en' });
  assert.match(xmlText, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  assertWellFormed(xmlText);
  assert.match(xmlText, /<testsuite name="lambda-tracing" tests="2" failures="1" errors="0" skipped="0">/);
  assert.match(xmlText, /<testsuite name="lambda-explicit-memory" tests="1" failures="0" errors="0" skipped="1">/);
  assert.match(xmlText, /<skipped message="suppressed: sized by the platform team"\/>/);
  assert.match(xmlText, /<testsuite name="lambda-runtime-end-of-life" tests="2" failures="1" errors="0" skipped="1">/);
  assert.match(xmlText, /message="lambda-tracing message &lt;&amp;&gt; &quot;quoted&quot; \| pipe"/);
  assert.match(xmlText, /<error type="load-error" message="yaml-syntax: bad indentation/);
  assert.match(xmlText, /<testsuites name="slens scan" tests="8" failures="4" errors="1" skipped="2">/);
  assert.equal(formatJunit(sampleResult(), { lang: 'en' }), xmlText);
});

test('junit: control characters in messages are dropped, not written', () => {
  const result = sampleResult();
  (result.findings[1] as { message: { en: string; ja: string } }).message = { en: 'bad \u0001\u0008 text', ja: 'x' };
  const xmlText = formatJunit(result, { lang: 'en' });
  assert.doesNotMatch(xmlText, /[\u0001\u0008]/);
  assertWellFormed(xmlText);
});

/** A small strict checker: balanced tags, quoted attributes, only known entities. */
function assertWellFormed(text: string): void {
  const body = text.replace(/^<\?xml[^>]*\?>\n/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = tag.exec(body)) !== null) {
    consumed = tag.lastIndex;
    if (match[5] !== undefined) {
      assert.doesNotMatch(match[5], /&(?!(amp|lt|gt|quot|apos);)/, 'bare & in text');
      continue;
    }
    const [, close, name, attrs = '', selfClose] = match;
    assert.doesNotMatch(attrs, /&(?!(amp|lt|gt|quot|apos);)/, 'bare & in attribute');
    if (close) assert.equal(stack.pop(), name, `unbalanced </${name}>`);
    else if (!selfClose) stack.push(name as string);
  }
  assert.equal(consumed, body.length, `unparsable XML near: ${body.slice(consumed, consumed + 80)}`);
  assert.deepEqual(stack, []);
}
