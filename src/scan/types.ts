// The result of a scan: what every formatter (and, later, evidence per lens choice) is computed from.
import type { Finding, Severity } from '../rules/types.js';
import type { Localized } from '../util/i18n.js';
import type { Outcomes } from './outcome-table.js';
import type { Findings } from './finding-store.js';

export type OutcomeStatus = 'pass' | 'fail' | 'unknown';

/** One rule's answer on one resource (not-applicable answers are not kept). */
export interface Outcome {
  ruleId: string;
  file: string;
  logicalId: string;
  resourceType: string;
  /** Where the resource is written (the proof of a pass names it). */
  line?: number;
  status: OutcomeStatus;
  /** For a fail: the highest severity of its failures (after `.slens.yml`), which evidence weighs. */
  severity?: Severity;
}

export type SuppressionSource = 'template' | 'resource' | 'config' | 'cfn-lint';

export interface SuppressedFinding extends Finding {
  suppression: { source: SuppressionSource; reason?: string };
}

/** A file that could not be read as a template (the scan goes on with the others). */
export interface ScanError {
  file: string;
  line: number;
  column?: number;
  code: string;
  /** In English; `errorText` (src/scan/error-text.ts) gives it in the report's language. */
  message: string;
  /** Values for the localized message (see LoadError.data). */
  data?: Record<string, string>;
  /** The message in English and Japanese, when it was raised as a pair (see LoadError.localized). */
  localized?: Localized;
}

export interface ScanResult {
  /** Files read as templates, display paths, sorted. */
  files: string[];
  findings: Finding[];
  suppressed: SuppressedFinding[];
  errors: ScanError[];
  /** Every rule's answer on every resource it judged (a compact table when a scan made it). */
  outcomes: Outcomes;
  /** Resources checked (after SAM expansion). */
  resources: number;
  /** The scan date the rules compared with (YYYY-MM-DD). */
  today: string;
}

/** A scan's result as reports read it: the findings a list, or a store of compact records (finding-store.ts). */
export interface ScanOutput extends Omit<ScanResult, 'findings' | 'suppressed'> {
  findings: Findings<Finding>;
  suppressed: Findings<SuppressedFinding>;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: readonly { severity: Severity }[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
