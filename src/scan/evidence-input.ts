// A scan of some paths, reduced to what a lens review stores as evidence: the templates read, the scan date
// and, per choice of the built-in lens, the status, counts, rules and findings. Shared by
// `slens review import-scan` and the sample workload of `slens serve --demo`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChoiceEvidenceRecord } from '../store/evidence-store.js';
import { UserError } from '../util/errors.js';
import { loadConfig } from './config.js';
import { computeEvidence } from './evidence.js';
import { iacLoader } from './iac-loader.js';
import { scanFiles } from './scan-files.js';
import type { ScanResult } from './types.js';

export interface ScanEvidence {
  files: string[];
  scanDate: string;
  choices: ChoiceEvidenceRecord[];
}

export interface ScanEvidenceOptions {
  /** Scan configuration file (default: .slens.yml in cwd, when present). */
  config?: string;
  /** The scan date, YYYY-MM-DD (default: today in UTC). */
  today?: string;
  /** Where relative paths start (default: the process's working directory). */
  cwd?: string;
}

/** Scans the paths like `slens scan` does; a UserError when nothing there can be read. */
export async function scanEvidenceFor(paths: string[], opts: ScanEvidenceOptions = {}): Promise<ScanEvidence> {
  const cwd = opts.cwd ?? process.cwd();
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UserError('bad-option', `--today must be a date as YYYY-MM-DD (got "${today}")`);
  const present = paths.map((p) => resolve(cwd, p)).filter((p) => existsSync(p));
  if (present.length === 0) throw new UserError('no-input', `no such file or folder: ${paths.join(', ')}`, { file: paths[0] });
  const loader = await iacLoader();
  const discovery = await loader.discover(present);
  const result = scanFiles(discovery.files, { loader, config: loadConfig(opts.config, cwd), today, cwd, discoveryErrors: discovery.errors });
  if (result.files.length === 0) throw new UserError('no-input', `no readable template found in ${paths.join(', ')}`, { file: paths[0] });
  return evidenceOfScan(result, today);
}

/** What a lens review stores of a scan's result (the web upload scans with the same code and calls this too). */
export function evidenceOfScan(result: ScanResult, today: string): ScanEvidence {
  return {
    files: result.files,
    scanDate: today,
    choices: computeEvidence(result).choices.map((c) => ({
      questionId: c.question,
      choiceId: c.choice,
      status: c.status,
      passed: c.passed,
      failed: c.failed,
      rules: c.rules,
      passes: c.passes.map((p) => ({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), resource: p.logicalId, type: p.resourceType })),
      resourceTypes: c.resourceTypes,
      findings: c.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.location.file, line: f.location.line, column: f.location.column, resource: f.resource.logicalId, message: { en: f.message.en, ja: f.message.ja } })),
    })),
  };
}
