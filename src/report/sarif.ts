// SARIF 2.1.0 for GitHub code scanning: every catalog rule as a reportingDescriptor (with help in Markdown),
// one result per finding with a stable fingerprint, suppressed findings carried with their justification,
// and load errors as tool execution notifications. Sorted, no timestamps: byte-identical for the same input.
// Written in pieces, so a scan of 10,000 templates never holds its ~100 MB log as one string.
import { createRequire } from 'node:module';
import { errorText } from '../scan/error-text.js';
import { META_RULES, RULES } from '../rules/index.js';
import type { Finding, MetaRule, Rule, Severity } from '../rules/types.js';
import type { ScanOutput, SuppressedFinding } from '../scan/types.js';
import { inReportOrder, type ReportOptions } from './common.js';
import { jsonChunks, lazyArray, mapped } from '../util/json-chunks.js';
import type { Localized } from '../util/i18n.js';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;
/** node:crypto, loaded when a SARIF report is written: a scan of one template in another format starts without it. */
const createHash = (algorithm: string): ReturnType<Crypto['createHash']> => (crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto).createHash(algorithm);

const SRCROOT_DESCRIPTION: Localized = { en: 'The directory the scan ran in', ja: 'スキャンを実行したディレクトリ' };

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function descriptor(rule: Rule | MetaRule, options: ReportOptions): object {
  const { lang } = options;
  const tags = rule.lens ? ['serverless', rule.lens.pillar, rule.lens.question, rule.lens.choice] : ['serverless', 'slens'];
  const help = [rule.docs.description[lang], '', rule.docs.rationale[lang], '', rule.docs.fix[lang]].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.docs.description[lang] },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags, ...(rule.aliases.length ? { aliases: [...rule.aliases] } : {}) },
  };
}

function fingerprint(f: Finding): string {
  return createHash('sha256').update([f.ruleId, f.location.file, f.resource.logicalId, f.messageId, f.message.en].join('\u0000')).digest('hex').slice(0, 32);
}

function result(f: Finding, ruleIndex: Map<string, number>, options: ReportOptions, suppressed?: SuppressedFinding): object {
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message[options.lang] },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.location.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) },
        },
        ...(f.resource.logicalId
          ? { logicalLocations: [{ name: f.resource.logicalId, kind: 'resource', fullyQualifiedName: `${f.resource.type}/${f.resource.logicalId}` }] }
          : {}),
      },
    ],
    partialFingerprints: { 'slensFinding/v1': fingerprint(f) },
    ...(suppressed ? { suppressions: [{ kind: 'inSource', ...(suppressed.suppression.reason ? { justification: suppressed.suppression.reason } : {}) }] } : {}),
  };
}

/** The SARIF log as JSON text pieces: results and notifications are made one at a time as they are written. */
export function sarifChunks(scan: ScanOutput, options: ReportOptions): Generator<string> {
  const rules = [...RULES, ...META_RULES].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = (function* (): Generator<unknown> {
    yield* mapped(inReportOrder(scan.findings), (f) => result(f, ruleIndex, options));
    yield* mapped(inReportOrder(scan.suppressed), (f) => result(f, ruleIndex, options, f));
  })();
  const errors = [...scan.errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const notifications = mapped(errors, (e) => ({
    level: 'error',
    message: { text: errorText(e, options.lang) },
    descriptor: { id: e.code },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, e.line) } } }],
  }));
  return jsonChunks({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'slens',
            ...(options.toolVersion ? { semanticVersion: options.toolVersion } : {}),
            rules: rules.map((r) => descriptor(r, options)),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: lazyArray(notifications) }],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: SRCROOT_DESCRIPTION[options.lang] } } },
        columnKind: 'unicodeCodePoints',
        results: lazyArray(results),
      },
    ],
  });
}

export function formatSarif(scan: ScanOutput, options: ReportOptions): string {
  return `${[...sarifChunks(scan, options)].join('')}\n`;
}
