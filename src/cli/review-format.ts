// Text for the review commands, readable at a glance in English or Japanese. JSON output is the views as
// they are (the same shapes as the API), except `review show`, whose shape the CLI contract fixes.
import type { ApiRisk } from '../lens/risk.js';
import type { AnswerView, ComparisonView, ComparePoint, MilestoneSummary, ReviewView, WorkloadView } from '../review/views.js';
import type { RiskCounts } from '../review/summary.js';
import type { Lang, Localized } from '../util/i18n.js';

const L = {
  workload: { en: 'Workload', ja: 'ワークロード' },
  id: { en: 'Id', ja: 'ID' },
  environment: { en: 'Environment', ja: '環境' },
  regions: { en: 'Regions', ja: 'リージョン' },
  accounts: { en: 'Accounts', ja: 'アカウント' },
  owner: { en: 'Review owner', ja: 'レビュー責任者' },
  diagram: { en: 'Architecture diagram', ja: 'アーキテクチャ図' },
  industry: { en: 'Industry', ja: '業種' },
  priorities: { en: 'Pillar priorities', ja: '柱の優先順位' },
  lenses: { en: 'Lenses', ja: 'レンズ' },
  lens: { en: 'Lens', ja: 'レンズ' },
  risks: { en: 'Risks', ja: 'リスク' },
  prioritized: { en: 'Prioritized', ja: '優先' },
  prioritizedRisks: { en: 'Prioritized risks', ja: '優先するリスク' },
  profile: { en: 'Profile', ja: 'プロファイル' },
  risk: { en: 'Risk', ja: 'リスク' },
  pillar: { en: 'Pillar', ja: '柱' },
  answered: { en: 'Answered', ja: '回答済み' },
  questions: { en: 'Questions', ja: '質問' },
  plan: { en: 'Improvement plan', ja: '改善計画' },
  noPlan: { en: 'Nothing to improve: no question is at high or medium risk.', ja: '改善項目はありません（高・中リスクの質問はありません）。' },
  notes: { en: 'Notes', ja: 'メモ' },
  reason: { en: 'reason', ja: '理由' },
  nothing: { en: '(nothing selected)', ja: '（選択なし）' },
  none: { en: '(none)', ja: '（なし）' },
  noWorkloads: { en: 'No workloads yet. Create one with "slens workload create --name <name>".', ja: 'ワークロードはまだありません。「slens workload create --name <名前>」で作成してください。' },
  noMilestones: { en: 'No milestones yet.', ja: 'マイルストーンはまだありません。' },
  upgrade: { en: 'a newer lens version is available', ja: '新しいレンズのバージョンがあります' },
  version: { en: 'version', ja: 'バージョン' },
  current: { en: 'current answers', ja: '現在の回答' },
  milestone: { en: 'milestone', ja: 'マイルストーン' },
  improved: { en: 'improved', ja: '改善' },
  regressed: { en: 'regressed', ja: '悪化' },
  unchanged: { en: 'unchanged', ja: '変化なし' },
  added: { en: 'added', ja: '追加' },
  dropped: { en: 'dropped', ja: '削除' },
  noChanges: { en: 'No risk or choice changed.', ja: 'リスクと選択肢に変化はありません。' },
  HIGH: { en: 'High', ja: '高' },
  MEDIUM: { en: 'Medium', ja: '中' },
  NONE: { en: 'None', ja: 'なし' },
  NOT_APPLICABLE: { en: 'N/A', ja: '該当なし' },
  UNANSWERED: { en: 'Unanswered', ja: '未回答' },
} as const satisfies Record<string, Localized>;

const RISKS: readonly ApiRisk[] = ['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'];

/** Display width: East Asian wide characters take two columns, so Japanese tables line up. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? '')))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c)))).join('  ').trimEnd());
}

export function countsText(counts: RiskCounts, lang: Lang): string {
  return RISKS.map((r) => `${L[r][lang]} ${counts[r]}`).join(', ');
}

export function workloadText(w: WorkloadView, lang: Lang): string {
  const facts: [Localized, string][] = [
    [L.id, w.workloadId],
    [L.environment, w.environment],
    [L.regions, w.awsRegions.join(', ')],
    [L.accounts, w.accountIds.join(', ')],
    [L.owner, w.reviewOwner],
    [L.diagram, w.architecturalDesign],
    [L.industry, w.industry],
    [L.priorities, w.pillarPriorities.join(', ')],
    [L.lenses, w.lenses.join(', ') || L.none[lang]],
    [L.risks, countsText(w.riskCounts, lang)],
    [L.profile, w.profile ? `${w.profile.profileName} (${w.profile.profileId})` : ''],
    [L.prioritizedRisks, w.profile ? countsText(w.prioritizedRiskCounts, lang) : ''],
  ];
  const lines = [`${L.workload[lang]}: ${w.workloadName}`];
  if (w.description) lines.push(w.description);
  lines.push(...table(facts.filter(([, v]) => v !== '').map(([k, v]) => [`  ${k[lang]}:`, v])));
  return lines.join('\n');
}

export function workloadListText(workloads: readonly WorkloadView[], lang: Lang): string {
  if (workloads.length === 0) return L.noWorkloads[lang];
  const head = ['ID', L.workload[lang], L.environment[lang], L.lenses[lang], ...RISKS.map((r) => L[r][lang])];
  const rows = workloads.map((w) => [w.workloadId, w.workloadName, w.environment, w.lenses.join(',') || '-', ...RISKS.map((r) => String(w.riskCounts[r]))]);
  return table([head, ...rows]).join('\n');
}

/** The `review show --format json` contract: no answer versions, nothing else added (prioritized marks show in the text form). */
export function reviewJson(r: ReviewView) {
  return {
    workload: r.workload,
    lens: r.lens,
    riskCounts: r.riskCounts,
    pillars: r.pillars.map(({ prioritizedRiskCounts: _prioritized, ...p }) => p),
    questions: r.questions.map(({ version: _version, prioritized: _prioritized, ...q }) => q),
    // The order already puts prioritized questions first; the contract's fields stay as they were.
    improvementPlan: r.improvementPlan.map(({ prioritized: _prioritized, ...item }) => item),
  };
}

export function reviewText(r: ReviewView, lang: Lang): string {
  const lens = `${r.lens.name} (${r.lens.alias}, ${L.version[lang]} ${r.lens.versionLabel ?? r.lens.version})`;
  const lines = [`${L.workload[lang]}: ${r.workload.name}`, `${L.lens[lang]}: ${lens}${r.lens.upgradeAvailable ? ` — ${L.upgrade[lang]}` : ''}`, `${L.risks[lang]}: ${countsText(r.riskCounts, lang)}`];
  if (r.questions.some((q) => q.prioritized)) lines.push(`${L.prioritizedRisks[lang]}: ${countsText(r.prioritizedRiskCounts, lang)}`);
  lines.push('');
  const head = [L.pillar[lang], L.answered[lang], ...RISKS.map((k) => L[k][lang])];
  lines.push(...table([head, ...r.pillars.map((p) => [p.name, `${p.answered}/${p.total}`, ...RISKS.map((k) => String(p.riskCounts[k]))])]), '');
  lines.push(`${L.questions[lang]}:`);
  lines.push(
    ...table(
      r.questions.map((q) => {
        const what = q.notApplicable ? `${L.reason[lang]}: ${q.reason ?? 'OTHER'}` : q.selectedChoices.join(', ') || L.nothing[lang];
        return [`  ${q.id}`, L[q.risk][lang], q.prioritized ? `${q.title} [${L.prioritized[lang]}]` : q.title, what];
      }),
    ),
  );
  lines.push('', `${L.plan[lang]}:`);
  if (r.improvementPlan.length === 0) lines.push(`  ${L.noPlan[lang]}`);
  for (const item of r.improvementPlan) {
    lines.push(`  [${L[item.risk][lang]}]${item.prioritized ? ` [${L.prioritized[lang]}]` : ''} ${item.questionId} ${item.title}`);
    for (const i of item.improvements) lines.push(`    - ${i.title}${i.url ? ` <${i.url}>` : ''}`);
  }
  return lines.join('\n');
}

export function answerText(a: AnswerView, lang: Lang): string {
  const lines = [`${a.questionId} ${a.questionTitle}`, `  ${L.risk[lang]}: ${L[a.risk][lang]} (${L.version[lang]} ${a.version})`];
  if (!a.isApplicable) lines.push(`  ${L.NOT_APPLICABLE[lang]} — ${L.reason[lang]}: ${a.reason ?? 'OTHER'}`);
  for (const c of a.choices) lines.push(`  [${a.selectedChoices.includes(c.choiceId) ? 'x' : ' '}] ${c.choiceId}  ${c.title}`);
  if (a.notes) lines.push(`  ${L.notes[lang]}: ${a.notes.replace(/\r?\n/g, '\n    ')}`);
  return lines.join('\n');
}

export function milestoneListText(milestones: readonly MilestoneSummary[], lang: Lang): string {
  if (milestones.length === 0) return L.noMilestones[lang];
  return table(milestones.map((m) => [`#${m.milestoneNumber}`, m.milestoneName, m.recordedAt])).join('\n');
}

function pointText(p: ComparePoint, lang: Lang): string {
  return 'current' in p ? L.current[lang] : `${L.milestone[lang]} #${p.milestoneNumber} "${p.milestoneName}"`;
}

export function comparisonText(c: ComparisonView, lang: Lang): string {
  const lines = [`${L.workload[lang]}: ${c.workload.name}`, `${pointText(c.base, lang)} → ${pointText(c.target, lang)}`, `${L.improved[lang]}: ${c.improved}, ${L.regressed[lang]}: ${c.regressed}`];
  for (const lens of c.lenses) {
    lines.push('', `${L.lens[lang]}: ${lens.name} (${lens.alias})`);
    if (lens.base) lines.push(`  ${pointText(c.base, lang)}: ${countsText(lens.base, lang)}`);
    if (lens.target) lines.push(`  ${pointText(c.target, lang)}: ${countsText(lens.target, lang)}`);
    if (lens.changes.length === 0) lines.push(`  ${L.noChanges[lang]}`);
    for (const ch of lens.changes) {
      lines.push(`  ${ch.id} ${L[ch.baseRisk][lang]} → ${L[ch.targetRisk][lang]} (${L[ch.change][lang]})  ${ch.title}`);
      if (ch.choicesAdded.length) lines.push(`    + ${L.added[lang]}: ${ch.choicesAdded.join(', ')}`);
      if (ch.choicesDropped.length) lines.push(`    - ${L.dropped[lang]}: ${ch.choicesDropped.join(', ')}`);
    }
  }
  return lines.join('\n');
}
