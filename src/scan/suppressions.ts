// Suppressions with a reason: template-wide and per-resource `Metadata.slens.ignore`, cfn-lint's
// `Metadata.cfn-lint.config.ignore_checks` for aliased ids, and `.slens.yml` `ignore`. A suppression
// without a reason (or naming no rule) still applies where it can, and is reported by a meta rule.
import { relative } from 'node:path';
import ignore from 'ignore';
import type { Location, Resource, Template } from '../iac/types.js';
import { isRecord } from '../iac/values.js';
import { fill, type Localized } from '../util/i18n.js';
import { findRule, rulesMatching } from '../rules/index.js';
import { suppressionWithoutReason } from '../rules/meta.js';
import type { Finding, Severity } from '../rules/types.js';
import type { ConfigSuppression, ScanConfig } from './config.js';
import type { SuppressionSource } from './types.js';

export interface Suppression {
  ruleIds: ReadonlySet<string>;
  /** Logical ids it applies to; undefined: every resource of the template. */
  resources?: ReadonlySet<string>;
  reason?: string;
  source: SuppressionSource;
}

export interface TemplateSuppressions {
  suppressions: Suppression[];
  /** Findings of the meta rule `suppression-without-reason`. */
  problems: Finding[];
}

interface Entry {
  rule: string;
  reason?: string;
  resources?: string[];
}

/** Entries of a `slens.ignore` list; tolerant of shorthand (a bare rule id) and junk (skipped). */
function slensEntries(metadata: unknown): Entry[] {
  const slens = isRecord(metadata) ? metadata['slens'] : undefined;
  const list = isRecord(slens) ? slens['ignore'] : undefined;
  if (!Array.isArray(list)) return [];
  const entries: Entry[] = [];
  for (const item of list) {
    if (typeof item === 'string') entries.push({ rule: item });
    else if (isRecord(item) && typeof item['rule'] === 'string') {
      const entry: Entry = { rule: item['rule'] };
      if (typeof item['reason'] === 'string' && item['reason'].trim() !== '') entry.reason = item['reason'].trim();
      const resources = item['resources'];
      if (Array.isArray(resources)) entry.resources = resources.filter((r): r is string => typeof r === 'string');
      entries.push(entry);
    }
  }
  return entries;
}

function cfnLintChecks(metadata: unknown): string[] {
  const cfnLint = isRecord(metadata) ? metadata['cfn-lint'] : undefined;
  const config = isRecord(cfnLint) ? cfnLint['config'] : undefined;
  const checks = isRecord(config) ? config['ignore_checks'] : undefined;
  return Array.isArray(checks) ? checks.filter((c): c is string => typeof c === 'string') : [];
}

/** Line of the first occurrence of `needle` in the template text (for template-level metadata). */
function lineIn(text: string | undefined, needle: string): number {
  if (!text) return 1;
  const index = text.indexOf(needle);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

function metaFinding(messageId: 'missing' | 'cfnLint' | 'unknownRule', rule: string, location: Location, resource?: Resource, severity?: Severity): Finding {
  const template = suppressionWithoutReason.messages[messageId] as Localized;
  return {
    ruleId: suppressionWithoutReason.id,
    aliases: [],
    severity: severity ?? suppressionWithoutReason.severity,
    messageId,
    message: { en: fill(template.en, { rule }), ja: fill(template.ja, { rule }) },
    resource: resource ? { logicalId: resource.logicalId, type: resource.type } : { logicalId: '', type: '' },
    location,
  };
}

export function templateSuppressions(template: Template, text?: string): TemplateSuppressions {
  const result: TemplateSuppressions = { suppressions: [], problems: [] };
  const add = (entry: Entry, source: SuppressionSource, resourceIds: string[] | undefined, location: Location, resource?: Resource): void => {
    const rule = findRule(entry.rule);
    if (!rule) {
      result.problems.push(metaFinding('unknownRule', entry.rule, location, resource));
      return;
    }
    if (!entry.reason) result.problems.push(metaFinding('missing', rule.id, location, resource));
    const suppression: Suppression = { ruleIds: new Set([rule.id]), source };
    if (resourceIds) suppression.resources = new Set(resourceIds);
    if (entry.reason) suppression.reason = entry.reason;
    result.suppressions.push(suppression);
  };
  const templateLocation = (needle: string): Location => ({ file: template.file, line: lineIn(text, needle), column: 1 });

  for (const entry of slensEntries(template.metadata)) add(entry, 'template', entry.resources, templateLocation(entry.rule));
  for (const check of cfnLintChecks(template.metadata)) {
    for (const rule of rulesMatching(check)) {
      result.problems.push(metaFinding('cfnLint', `${rule.id} (${check})`, templateLocation(check), undefined, 'info'));
      result.suppressions.push({ ruleIds: new Set([rule.id]), source: 'cfn-lint' });
    }
  }
  // Expanded SAM resources share their source's metadata: handle each source resource once.
  const seen = new Set<string>();
  for (const resource of template.resources) {
    const owner = resource.origin?.logicalId ?? resource.logicalId;
    if (!resource.metadata || seen.has(`${owner}\u0000${resource.logicalId}`)) continue;
    seen.add(`${owner}\u0000${resource.logicalId}`);
    const ids = [resource.logicalId, owner];
    for (const entry of slensEntries(resource.metadata)) add({ rule: entry.rule, ...(entry.reason ? { reason: entry.reason } : {}) }, 'resource', ids, resource.location, resource);
    for (const check of cfnLintChecks(resource.metadata)) {
      for (const rule of rulesMatching(check)) {
        result.problems.push(metaFinding('cfnLint', `${rule.id} (${check})`, resource.location, resource, 'info'));
        result.suppressions.push({ ruleIds: new Set([rule.id]), resources: new Set(ids), source: 'cfn-lint' });
      }
    }
  }
  return dedupeProblems(result);
}

/** The same metadata seen through several expanded resources must be reported once. */
function dedupeProblems(result: TemplateSuppressions): TemplateSuppressions {
  const seen = new Set<string>();
  result.problems = result.problems.filter((p) => {
    const key = `${p.messageId}|${p.message.en}|${p.location.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return result;
}

/** Config suppressions that apply to a file (paths relative to the config's directory). */
export function configSuppressionsFor(config: ScanConfig, absoluteFile: string): Suppression[] {
  if (config.suppressions.length === 0) return [];
  const rel = relative(config.baseDir, absoluteFile).split('\\').join('/');
  const list: Suppression[] = [];
  for (const entry of config.suppressions) {
    if (!entry.ruleId) continue;
    if (entry.paths && !(rel.startsWith('..') ? false : ignore().add(entry.paths).ignores(rel))) continue;
    const suppression: Suppression = { ruleIds: new Set([entry.ruleId]), source: 'config' };
    if (entry.resources) suppression.resources = new Set(entry.resources);
    if (entry.reason) suppression.reason = entry.reason;
    list.push(suppression);
  }
  return list;
}

/** Problems of the config's own suppressions, reported once per scan. */
export function configSuppressionProblems(config: ScanConfig): Finding[] {
  const file = config.file ?? '.slens.yml';
  return config.suppressions.flatMap((entry: ConfigSuppression) => {
    const location = { file, line: entry.line, column: 1 };
    if (!entry.ruleId) return [metaFinding('unknownRule', entry.rule, location)];
    if (!entry.reason) return [metaFinding('missing', entry.ruleId, location)];
    return [];
  });
}

export function findSuppression(finding: Finding, suppressions: readonly Suppression[]): Suppression | undefined {
  return suppressions.find(
    (s) =>
      s.ruleIds.has(finding.ruleId) &&
      (!s.resources || s.resources.has(finding.resource.logicalId) || (finding.resource.origin !== undefined && s.resources.has(finding.resource.origin.logicalId))),
  );
}
