// Persistence of analysis evidence (logs, power tuning) for a lens review: an import of one kind replaces
// that kind's rows as a whole and leaves the other kinds and the scan evidence alone.
import type { Store } from './store.js';

export interface AnalysisEvidenceRecord {
  kind: string;
  questionId: string;
  choiceId: string;
  status: string;
  note: { en: string; ja: string };
  files: string[];
  /** SVG text of the analysis chart, or null. */
  chart: string | null;
  importedAt: string;
}

/** Replaces the rows of one kind of analysis in one lens review (call inside a transaction). */
export async function replaceAnalysisEvidence(store: Store, workloadId: string, lensAlias: string, kind: string, rows: readonly Omit<AnalysisEvidenceRecord, 'kind'>[]): Promise<void> {
  await store.db.deleteFrom('analysis_evidence').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).where('kind', '=', kind).execute();
  if (rows.length === 0) return;
  await store.db
    .insertInto('analysis_evidence')
    .values(
      rows.map((r, position) => ({
        workload_id: workloadId,
        lens_alias: lensAlias,
        kind,
        question_id: r.questionId,
        choice_id: r.choiceId,
        position,
        status: r.status,
        note_en: r.note.en,
        note_ja: r.note.ja,
        files: JSON.stringify(r.files),
        chart: r.chart,
        imported_at: r.importedAt,
      })),
    )
    .execute();
}

export async function listAnalysisEvidence(store: Store, workloadId: string, lensAlias: string): Promise<AnalysisEvidenceRecord[]> {
  const rows = await store.db
    .selectFrom('analysis_evidence')
    .selectAll()
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .orderBy('kind')
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    kind: row.kind,
    questionId: row.question_id,
    choiceId: row.choice_id,
    status: row.status,
    note: { en: row.note_en, ja: row.note_ja },
    files: JSON.parse(row.files) as string[],
    chart: row.chart,
    importedAt: row.imported_at,
  }));
}
