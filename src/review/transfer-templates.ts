// Answer provenance in a workload export: per lens review, which answers came from which review template and
// whether the workload overrode them. On import a template this server has (same id) links them again; one it
// lacks leaves them as plain answers, and the import names it.
import { z } from 'zod';
import { getTemplate, listProvenance, setProvenance } from '../store/review-templates.js';
import type { Store } from '../store/store.js';
import type { Localized } from '../util/i18n.js';

const provenanceSchema = z.object({
  templateId: z.string().min(1).max(64),
  templateName: z.string().max(800),
  overridden: z.boolean(),
});

/** By question id; absent in exports made before templates, and when no answer of the review came from one. */
export const provenanceExportSchema = z.record(z.string().min(1).max(128), provenanceSchema);
export type ProvenanceExport = z.infer<typeof provenanceExportSchema>;

export interface MissingTemplate {
  templateId: string;
  templateName: string;
}

export const MISSING_TEMPLATES: Localized = {
  en: 'answers from review templates this server does not have stay as plain answers: {names}',
  ja: 'このサーバーにないレビューテンプレートから来た回答は、通常の回答として取り込みました: {names}',
};

export async function collectProvenance(store: Store, workloadId: string, alias: string): Promise<ProvenanceExport | undefined> {
  const found = await listProvenance(store, workloadId, alias);
  if (found.size === 0) return undefined;
  const sorted = [...found.values()].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
  return Object.fromEntries(sorted.map((p) => [p.questionId, { templateId: p.templateId, templateName: p.templateName, overridden: p.overridden }]));
}

/** Links the imported answers to the templates this server has (inside the import's transaction); returns the others. */
export async function writeProvenance(tx: Store, workloadId: string, alias: string, provenance: ProvenanceExport, questions: ReadonlySet<string>): Promise<MissingTemplate[]> {
  const missing: MissingTemplate[] = [];
  for (const [questionId, p] of Object.entries(provenance)) {
    if (!questions.has(questionId)) continue;
    if (await getTemplate(tx, p.templateId)) await setProvenance(tx, workloadId, alias, questionId, p.templateId, p.overridden);
    else if (!missing.some((m) => m.templateId === p.templateId)) missing.push({ templateId: p.templateId, templateName: p.templateName });
  }
  return missing;
}
