// Analysis evidence in a lens review: what `slens logs` and `slens tune` show about a workload (structured
// logs, EMF metrics, cold starts, memory measured at several sizes) stored per choice of the built-in
// Serverless Lens beside the scan evidence. Like the scan evidence it never writes an answer.
import { BUILTIN_LENS_ALIAS, loadBuiltinLens } from '../lens/builtin.js';
import type { Lang, Localized } from '../util/i18n.js';
import { listAnalysisEvidence, replaceAnalysisEvidence } from '../store/analysis-evidence-store.js';
import type { ReviewService } from './service.js';

export const ANALYSIS_KINDS = ['logs', 'tune'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export interface AnalysisEvidenceInput {
  kind: AnalysisKind;
  files: string[];
  /** SVG chart of the analysis, when it draws one. */
  chart: string | null;
  evidence: { questionId: string; choiceId: string; status: string; note: Localized }[];
}

export interface AnalysisEvidenceItem {
  kind: string;
  questionId: string;
  choiceId: string;
  /** The choice title in the asked language. */
  title: string;
  status: string;
  note: string;
  files: string[];
  chart: string | null;
}

export interface AnalysisEvidenceView {
  workload: { id: string; name: string };
  lensAlias: string;
  /** In lens order (question, then choice), then by kind. */
  items: AnalysisEvidenceItem[];
}

/** Stores an analysis's evidence in the workload's Serverless Lens review, replacing that kind's previous import. */
export async function importAnalysisEvidence(service: ReviewService, ref: string, input: AnalysisEvidenceInput, lang: Lang): Promise<AnalysisEvidenceView> {
  const alias = BUILTIN_LENS_ALIAS;
  const workloadId = await service.store.transaction(async (tx) => {
    const w = await service.resolveWorkload(ref, tx);
    await service.requireReview(w, alias, tx);
    const importedAt = service.now();
    const files = [...input.files].sort();
    await replaceAnalysisEvidence(tx, w.id, alias, input.kind, input.evidence.map((e) => ({ ...e, files, chart: input.chart, importedAt })));
    await tx.touchWorkload(w.id, importedAt);
    return w.id;
  });
  return analysisEvidenceReview(service, workloadId, lang);
}

/** The stored analysis evidence of the workload's Serverless Lens review. */
export async function analysisEvidenceReview(service: ReviewService, ref: string, lang: Lang): Promise<AnalysisEvidenceView> {
  const alias = BUILTIN_LENS_ALIAS;
  const w = await service.resolveWorkload(ref);
  await service.requireReview(w, alias);
  const stored = await listAnalysisEvidence(service.store, w.id, alias);
  const order: string[] = [];
  const titles = new Map<string, string>();
  for (const pillar of loadBuiltinLens(lang).pillars) {
    for (const question of pillar.questions) {
      for (const choice of question.choices) {
        order.push(choice.id);
        titles.set(choice.id, choice.title);
      }
    }
  }
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  const items = stored
    .map((r) => ({ kind: r.kind, questionId: r.questionId, choiceId: r.choiceId, title: titles.get(r.choiceId) ?? r.choiceId, status: r.status, note: r.note[lang], files: r.files, chart: r.chart }))
    .sort((a, b) => rank(a.choiceId) - rank(b.choiceId) || a.kind.localeCompare(b.kind));
  return { workload: { id: w.id, name: w.name }, lensAlias: alias, items };
}
