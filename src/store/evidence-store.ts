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

export interface ChoiceEvidenceRecord {
  questionId: string;
  choiceId: string;
  status: string;
  passed: number;
  failed: number;
  rules: string[];
  findings: EvidenceFindingRecord[];
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
  }));
}
