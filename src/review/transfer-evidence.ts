// Scan and analysis evidence in a workload export: carried with its lens review, so a workload moved to
// another server keeps the proof behind its suggestions (an export without it imports as before).
import { z } from 'zod';
import { getScanImport, listScanEvidence, MAX_STORED_PASSES, replaceScanEvidence } from '../store/evidence-store.js';
import { listAnalysisEvidence, replaceAnalysisEvidence, type AnalysisEvidenceRecord } from '../store/analysis-evidence-store.js';
import type { Store } from '../store/store.js';
import { ANALYSIS_KINDS } from './analysis-evidence.js';

const id = z.string().min(1).max(128);
const localized = z.object({ en: z.string().max(20_000), ja: z.string().max(20_000) });
const path = z.string().max(4096);

export const evidenceExportSchema = z.object({
  scan: z.object({ files: z.array(path).max(100_000), scanDate: z.string().max(40), importedAt: z.string().max(40) }).nullable(),
  choices: z
    .array(
      z.object({
        questionId: id,
        choiceId: id,
        status: z.enum(['supported', 'contradicted', 'unknown']),
        passed: z.number().int().min(0),
        failed: z.number().int().min(0),
        rules: z.array(id).max(1000),
        findings: z
          .array(z.object({ ruleId: id, severity: z.string().max(32), file: path, line: z.number().int(), column: z.number().int(), resource: z.string().max(1024), message: localized }))
          .max(200_000),
        passes: z.array(z.object({ file: path, line: z.number().int().optional(), resource: z.string().max(1024), type: z.string().max(256) })).max(MAX_STORED_PASSES).optional(),
        resourceTypes: z.array(z.string().max(256)).max(1000).optional(),
      }),
    )
    .max(1000),
  analysis: z
    .array(
      z.object({
        kind: z.enum(ANALYSIS_KINDS),
        questionId: id,
        choiceId: id,
        status: z.string().max(32),
        note: localized,
        files: z.array(path).max(10_000),
        chart: z.string().max(5_000_000).nullable(),
        importedAt: z.string().max(40),
      }),
    )
    .max(1000),
});

export type EvidenceExport = z.infer<typeof evidenceExportSchema>;

/** The evidence stored in one lens review, or undefined when it holds none. */
export async function collectEvidence(store: Store, workloadId: string, lensAlias: string): Promise<EvidenceExport | undefined> {
  const scan = (await getScanImport(store, workloadId, lensAlias)) ?? null;
  const choices = await listScanEvidence(store, workloadId, lensAlias);
  const analysis = await listAnalysisEvidence(store, workloadId, lensAlias);
  if (!scan && choices.length === 0 && analysis.length === 0) return undefined;
  return { scan, choices, analysis } as EvidenceExport;
}

/** The first choice the evidence names that the lens does not have, as `QUESTION/choice`. */
export function unknownEvidenceChoice(evidence: EvidenceExport, choices: ReadonlySet<string>): string | undefined {
  return [...evidence.choices, ...evidence.analysis].map((e) => `${e.questionId}/${e.choiceId}`).find((key) => !choices.has(key));
}

/** Stores the evidence of one lens review (inside the import's transaction); checked by the caller. */
export async function writeEvidence(tx: Store, workloadId: string, lensAlias: string, evidence: EvidenceExport): Promise<void> {
  if (evidence.scan || evidence.choices.length) {
    const scan = evidence.scan ?? { files: [], scanDate: '', importedAt: '' };
    await replaceScanEvidence(tx, workloadId, lensAlias, scan, evidence.choices);
  }
  const byKind = new Map<string, Omit<AnalysisEvidenceRecord, 'kind'>[]>();
  for (const { kind, ...row } of evidence.analysis) {
    const rows = byKind.get(kind);
    if (rows) rows.push(row);
    else byKind.set(kind, [row]);
  }
  for (const [kind, rows] of byKind) await replaceAnalysisEvidence(tx, workloadId, lensAlias, kind, rows);
}
