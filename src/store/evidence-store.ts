// Persistence of scan evidence for a lens review: the latest import replaces the previous one as a whole.
import type { Store } from './store.js';

export interface EvidenceFindingRecord {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  resource: string;
  message: { en: string; ja: string };
}

/** A resource every rule of a choice passed, where it is written. */
export interface EvidencePassRecord {
  file: string;
  /** Absent when the scan did not know the line. */
  line?: number;
  resource: string;
  type: string;
}

/** At most this many passing resources are kept per choice; `passed` still counts them all. */
export const MAX_STORED_PASSES = 200;

export interface ChoiceEvidenceRecord {
  questionId: string;
  choiceId: string;
  status: string;
  passed: number;
  failed: number;
  rules: string[];
  findings: EvidenceFindingRecord[];
  /**
   * The passing resources, at most MAX_STORED_PASSES (the rest are counted in `passed`). Absent in evidence
   * stored before they were kept (0012_evidence_passes) and in evidence from a JSON report: counts only.
   */
  passes?: EvidencePassRecord[];
  /** The CloudFormation types of the judged resources, sorted; absent like `passes`. */
  resourceTypes?: string[];
}

export interface ScanImportRecord {
  files: string[];
  scanDate: string;
  importedAt: string;
}

/** Replaces the evidence of one lens review (call inside a transaction). */
export async function replaceScanEvidence(store: Store, workloadId: string, lensAlias: string, scan: ScanImportRecord, choices: readonly ChoiceEvidenceRecord[]): Promise<void> {
  await store.db.deleteFrom('scan_evidence').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).execute();
  await store.db.deleteFrom('scan_imports').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).execute();
  await store.db
    .insertInto('scan_imports')
    .values({ workload_id: workloadId, lens_alias: lensAlias, files: JSON.stringify(scan.files), scan_date: scan.scanDate, imported_at: scan.importedAt })
    .execute();
  if (choices.length === 0) return;
  await store.db
    .insertInto('scan_evidence')
    .values(
      choices.map((c, position) => ({
        workload_id: workloadId,
        lens_alias: lensAlias,
        question_id: c.questionId,
        choice_id: c.choiceId,
        position,
        status: c.status,
        passed: c.passed,
        failed: c.failed,
        rules: JSON.stringify(c.rules),
        findings: JSON.stringify(c.findings),
        passes: c.passes ? JSON.stringify(c.passes.slice(0, MAX_STORED_PASSES)) : null,
        resource_types: c.resourceTypes ? JSON.stringify(c.resourceTypes) : null,
      })),
    )
    .execute();
}

export async function getScanImport(store: Store, workloadId: string, lensAlias: string): Promise<ScanImportRecord | undefined> {
  const row = await store.db.selectFrom('scan_imports').selectAll().where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).executeTakeFirst();
  return row && { files: JSON.parse(row.files) as string[], scanDate: row.scan_date, importedAt: row.imported_at };
}

export async function listScanEvidence(store: Store, workloadId: string, lensAlias: string): Promise<ChoiceEvidenceRecord[]> {
  const rows = await store.db.selectFrom('scan_evidence').selectAll().where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).orderBy('position').execute();
  return rows.map((row) => ({
    questionId: row.question_id,
    choiceId: row.choice_id,
    status: row.status,
    passed: Number(row.passed),
    failed: Number(row.failed),
    rules: JSON.parse(row.rules) as string[],
    findings: JSON.parse(row.findings) as EvidenceFindingRecord[],
    ...(row.passes !== null && row.passes !== undefined ? { passes: JSON.parse(row.passes) as EvidencePassRecord[] } : {}),
    ...(row.resource_types !== null && row.resource_types !== undefined ? { resourceTypes: JSON.parse(row.resource_types) as string[] } : {}),
  }));
}
