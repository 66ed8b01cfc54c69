// The text view of a lens review's scan evidence: per question the person's answer or the suggestion
// (marked as such until confirmed), then each choice with ✓ / ✗ / ?, counts and the proof (file:line).
import type { Lang } from '../util/i18n.js';
import type { EvidenceReviewView } from '../review/scan-evidence.js';
import type { EvidenceStatus } from '../scan/evidence.js';
import { countsText, STATUS_MARK } from './lens-view.js';

const WORDS = {
  en: {
    scanned: (files: number, date: string) => `Scan of ${files} template(s), scan date ${date}`,
    noScan: 'No scan imported yet: run "slens review import-scan <workload> <paths...>".',
    answer: 'answer',
    suggested: 'suggested (not confirmed)',
    confirmed: 'answer (confirms the suggestion)',
    evidenceSays: 'evidence suggests',
    none: '(nothing supported)',
    notApplicable: 'not applicable',
    confirmHint: (workload: string) => `Confirm suggestions with: slens review confirm ${workload} [questionIds...]`,
  },
  ja: {
    scanned: (files: number, date: string) => `テンプレート ${files} 件のスキャン (スキャン日 ${date})`,
    noScan: 'まだスキャンが取り込まれていません。「slens review import-scan <ワークロード> <パス...>」を実行してください。',
    answer: '回答',
    suggested: '提案 (未確認)',
    confirmed: '回答 (提案を確認済み)',
    evidenceSays: 'エビデンスからの提案',
    none: '(裏付けのある選択肢なし)',
    notApplicable: '該当なし',
    confirmHint: (workload: string) => `提案を確認するには: slens review confirm ${workload} [質問ID...]`,
  },
} as const;

const MAX_PROOF = 5;

export function evidenceReviewText(view: EvidenceReviewView, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`${view.workload.name} · ${view.lensAlias}`];
  if (!view.scan) return `${[...lines, w.noScan].join('\n')}\n`;
  lines.push(w.scanned(view.scan.files.length, view.scan.scanDate), '');
  const list = (ids: readonly string[]): string => (ids.length ? ids.join(', ') : w.none);
  for (const q of view.questions) {
    lines.push(`${q.questionId} ${q.title}`);
    const s = q.suggestion;
    if (!q.answer) lines.push(`  ${w.suggested}: ${list(s.selectedChoices)} — ${s.risk}`);
    else if (s.state === 'confirmed') lines.push(`  ${w.confirmed}: ${list(q.answer.selectedChoices)} — ${q.answer.risk}`);
    else {
      lines.push(`  ${w.answer}: ${q.answer.notApplicable ? w.notApplicable : list(q.answer.selectedChoices)} — ${q.answer.risk}`);
      lines.push(`  ${w.evidenceSays}: ${list(s.selectedChoices)} — ${s.risk}`);
    }
    for (const c of q.choices) {
      const status = c.status as EvidenceStatus;
      lines.push(`    ${STATUS_MARK[status] ?? '?'} ${c.title}  (${countsText({ ...c, status }, lang)})`);
      for (const f of c.findings.slice(0, MAX_PROOF)) lines.push(`        ${f.file}:${f.line}  ${f.resource}  ${f.message[lang]}  [${f.ruleId}]`);
      if (c.findings.length > MAX_PROOF) lines.push(`        … +${c.findings.length - MAX_PROOF}`);
    }
  }
  if (view.questions.some((q) => q.suggestion.state === 'suggested' && q.suggestion.selectedChoices.length > 0)) lines.push('', w.confirmHint(view.workload.name));
  return `${lines.join('\n')}\n`;
}
