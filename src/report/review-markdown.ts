// The review report as Markdown (a wiki page, a pull request): summary, risk counts per pillar, every question
// with its answer and notes, and the improvement plan. The same data as the HTML report and the PDF.
import type { ApiRisk } from '../lens/risk.js';
import type { AnswerView } from '../review/views.js';
import { formatDate, riskLabel, t, type MessageKey } from './review/messages.js';
import { byPriority, planByPillar } from './review/plan-groups.js';
import type { Lang } from '../util/i18n.js';
import { cell } from './markdown.js';
import type { ReportData } from './review-html.js';
import { IMPROVEMENT_STATUSES } from '../review/model.js';
import type { PlanView } from '../review/improvement-items.js';
import { pt, statusLabel } from './review/plan-messages.js';
import { riskGroups } from './review/tracked-plan.js';
import { choiceNaLines, type ChoiceNa } from './review/choice-na.js';

const RISKS: readonly ApiRisk[] = ['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'];

/** User text outside tables: no raw HTML, no accidental headings, links or emphasis. */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/([`*_[\]#|>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** Notes keep their line breaks, as a quote. */
function quoted(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `> ${inline(line)}`.trimEnd());
}

/** The tracked plan: HIGH then MEDIUM, one table row per best practice with its status, owner and due date. */
function trackedPlanLines(lang: Lang, plan: PlanView): string[] {
  const out = [IMPROVEMENT_STATUSES.map((s) => `${statusLabel(lang, s)} ${plan.counts[s]}`).join(' · '), ''];
  if (plan.doneButUnticked.length > 0) out.push(`⚠ ${pt(lang, 'doneButUntickedCount', { n: plan.doneButUnticked.length })}`, '');
  for (const group of riskGroups(plan.entries)) {
    out.push(`#### ${pt(lang, group.risk === 'HIGH' ? 'highRiskGroup' : 'mediumRiskGroup')}`, '');
    out.push(`| ${pt(lang, 'firstStep')} | ${pt(lang, 'status')} | ${pt(lang, 'owner')} | ${pt(lang, 'due')} |`, '| --- | --- | --- | --- |');
    for (const e of group.entries) {
      const status = `${statusLabel(lang, e.item.status)}${e.item.status === 'WONT_DO' && e.item.reason ? ` — ${e.item.reason}` : ''}${e.doneButUnticked ? ` ⚠ ${pt(lang, 'doneButUnticked')}` : ''}`;
      out.push(`| ${cell(`${e.prioritized ? `[${t(lang, 'prioritized')}] ` : ''}${e.questionId} ${e.choiceTitle}: ${e.firstStep}`)} | ${cell(status)} | ${cell(e.item.owner)} | ${cell(e.item.due)} |`);
    }
    out.push('');
  }
  return out;
}

function answerLines(lang: Lang, a: AnswerView, marks?: readonly ChoiceNa[]): string[] {
  const mark = a.prioritized ? ` (${t(lang, 'prioritized')})` : '';
  const out = ['', `#### ${inline(a.questionId)} ${inline(a.questionTitle)}${mark}`, '', `**${t(lang, 'currentRisk')}:** ${riskLabel(lang, a.risk)}`, ''];
  if (!a.isApplicable) out.push(`${t(lang, 'riskNOT_APPLICABLE')} — ${t(lang, 'reason')}: ${t(lang, `reason${a.reason ?? 'OTHER'}` as MessageKey)}`);
  else {
    const chosen = a.choices.filter((c) => a.selectedChoices.includes(c.choiceId));
    if (chosen.length === 0) out.push(t(lang, 'nothingSelected'));
    else out.push(...chosen.map((c) => `- ${inline(c.title)}`));
    const na = choiceNaLines(lang, a, marks);
    if (na.length > 0) out.push('', ...na.map((line) => `- ${inline(line)}`));
  }
  if (a.notes) out.push('', `**${t(lang, 'notes')}:**`, '', ...quoted(a.notes));
  return out;
}

export function renderReviewMarkdown(data: ReportData): string {
  const { lang, workload: w } = data;
  const out: string[] = [`# ${t(lang, 'reportTitle')}: ${inline(w.workloadName)}`, '', `## ${t(lang, 'summary')}`, ''];
  if (w.description) out.push(inline(w.description), '');
  const facts: [MessageKey, string][] = [
    ['environment', t(lang, w.environment === 'PRODUCTION' ? 'production' : 'preproduction')],
    ['reviewOwner', w.reviewOwner],
    ['regions', w.awsRegions.join(', ')],
    ['accounts', w.accountIds.join(', ')],
    ['industry', w.industry],
    ['architecture', w.architecturalDesign],
    ['lastUpdate', formatDate(lang, w.updatedAt)],
  ];
  for (const [key, value] of facts) if (value) out.push(`- **${t(lang, key)}:** ${inline(value)}`);
  out.push(`- **${t(lang, 'risks')}:** ${RISKS.map((r) => `${riskLabel(lang, r)} ${w.riskCounts[r]}`).join(' · ')}`);
  if (w.profile) {
    out.push(`- **${t(lang, 'profile')}:** ${inline(w.profile.profileName)}`);
    out.push(`- **${t(lang, 'prioritizedRisks')}:** ${RISKS.map((r) => `${riskLabel(lang, r)} ${w.prioritizedRiskCounts[r]}`).join(' · ')}`);
  }
  for (const { review, answers, plan, choiceNa } of data.reviews) {
    out.push('', `## ${inline(review.lens.name)}`, '', `${t(lang, 'lensVersion')}: ${review.lens.versionLabel ?? review.lens.version}`, '');
    out.push(`| ${t(lang, 'pillar')} | ${t(lang, 'answered')} | ${RISKS.map((r) => riskLabel(lang, r)).join(' | ')} |`);
    out.push(`| --- | ---: |${RISKS.map(() => ' ---: |').join('')}`);
    for (const p of review.pillars) out.push(`| ${cell(p.name)} | ${p.answered}/${p.total} | ${RISKS.map((r) => p.riskCounts[r]).join(' | ')} |`);
    out.push(`| **${t(lang, 'overall')}** | ${review.pillars.reduce((n, p) => n + p.answered, 0)}/${review.questions.length} | ${RISKS.map((r) => review.riskCounts[r]).join(' | ')} |`);
    for (const pillar of review.pillars) {
      out.push('', `### ${inline(pillar.name)} ${pillar.answered}/${pillar.total}`);
      for (const a of byPriority(answers.filter((x) => x.pillarId === pillar.id))) out.push(...answerLines(lang, a, choiceNa?.get(a.questionId)));
    }
    out.push('', `### ${t(lang, 'improvementPlan')}`, '');
    if (review.improvementPlan.length === 0) out.push(t(lang, 'noImprovements'));
    if (plan) out.push(...trackedPlanLines(lang, plan));
    for (const group of plan ? [] : planByPillar(review)) {
      out.push(`#### ${inline(group.pillar)}`, '');
      for (const item of group.items) {
        out.push(`- **${riskLabel(lang, item.risk)}**${item.prioritized ? ` **${t(lang, 'prioritized')}**` : ''} ${inline(item.questionId)} ${inline(item.title)}`);
        for (const imp of item.improvements) {
          const text = imp.url ? `[${inline(imp.text)}](${imp.url.replace(/[()\s]/g, encodeURIComponent)})` : inline(imp.text);
          out.push(`  - ${inline(imp.title)} — ${text}`);
        }
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
