// Where the W-A-compatible API reaches the review domain (lenses: lens-adapter.ts): each operation's call into the review
// service and store, with the answers turned into W-A API shapes. Reads at a milestone use its frozen reviews.
import type { Caller } from '../../review/access.js';
import { getLens } from '../../review/catalog.js';
import { notFound, say } from '../../review/errors.js';
import { createMilestone, getMilestone, listMilestones, milestoneChoiceStates } from '../../review/milestones.js';
import { ReviewService } from '../../review/service.js';
import type { ReviewView, WorkloadView } from '../../review/views.js';
import { listChoiceStates } from '../../store/choice-states.js';
import { replaceChoiceStatesIn } from '../../review/choice-states.js';
import type { Lens, LensQuestion } from '../../lens/types.js';
import type { Lang, Localized } from '../../util/i18n.js';
import * as W from '../../wa/api-shapes.js';
import { applyChoiceUpdates, type ChoiceUpdate } from '../../wa/choice-updates.js';
import { idMapFor } from '../../wa/id-map.js';
import { AwsError } from './errors.js';
import { requireLens, visibleTo } from './workload-access.js';

export interface AwsCall {
  service: ReviewService;
  lang: Lang;
  /** The region the caller signed for, used in ARNs. */
  region: string;
  /** Who calls: a user sees only the workloads and lenses shared with them. */
  caller: Caller;
}

const MSG = {
  noLensInMilestone: { en: 'milestone {number} has no review of lens "{alias}"', ja: 'マイルストーン {number} にはレンズ「{alias}」のレビューがありません' },
  noQuestion: {
    en: 'lens "{alias}" has no question "{questionId}" (its questions: {known})',
    ja: 'レンズ「{alias}」に質問「{questionId}」はありません（質問: {known}）',
  },
  unknownChoice: {
    en: 'question {questionId} has no choice {unknown} (its choices: {known})',
    ja: '質問 {questionId} に選択肢 {unknown} はありません（選択肢: {known}）',
  },
  milestoneReport: {
    en: 'a report of a milestone is not available here; omit MilestoneNumber for the report of the current answers',
    ja: 'マイルストーンのレポートはここでは作成できません。MilestoneNumber を省くと現在の回答のレポートになります',
  },
} as const satisfies Record<string, Localized>;

// Workloads

export interface WorkloadFields {
  WorkloadName?: string;
  Description?: string;
  Environment?: 'PRODUCTION' | 'PREPRODUCTION';
  AccountIds?: string[];
  AwsRegions?: string[];
  NonAwsRegions?: string[];
  PillarPriorities?: string[];
  ArchitecturalDesign?: string;
  ReviewOwner?: string;
  Industry?: string;
}

function workloadInput(f: WorkloadFields) {
  const regions = f.AwsRegions || f.NonAwsRegions ? [...(f.AwsRegions ?? []), ...(f.NonAwsRegions ?? [])] : undefined;
  return {
    workloadName: f.WorkloadName,
    description: f.Description,
    environment: f.Environment,
    accountIds: f.AccountIds,
    awsRegions: regions,
    pillarPriorities: f.PillarPriorities,
    architecturalDesign: f.ArchitecturalDesign,
    reviewOwner: f.ReviewOwner,
    industry: f.Industry,
  };
}

export async function createWorkload(call: AwsCall, fields: WorkloadFields, lenses: string[]) {
  for (const alias of lenses.map(W.aliasOf)) await requireLens(call.service, call.caller, alias);
  const w = await call.service.createWorkload({ ...workloadInput(fields), lenses: lenses.map(W.aliasOf) });
  return { WorkloadId: w.workloadId, WorkloadArn: W.workloadArn(call.region, w.workloadId) };
}

export async function getWorkload(call: AwsCall, ref: string) {
  return { Workload: W.workloadShape(await call.service.getWorkload(ref), call.region) };
}

export async function updateWorkload(call: AwsCall, ref: string, fields: WorkloadFields) {
  const patch = Object.fromEntries(Object.entries(workloadInput(fields)).filter(([, v]) => v !== undefined));
  return { Workload: W.workloadShape(await call.service.updateWorkload(ref, patch), call.region) };
}

export async function deleteWorkload(call: AwsCall, ref: string): Promise<void> {
  await call.service.deleteWorkload(ref);
}

export async function listWorkloads(call: AwsCall, prefix: string | undefined) {
  const all = await visibleTo(call.service, call.caller, await call.service.listWorkloads(), (w) => w.workloadId);
  const wanted = prefix ? all.filter((w) => w.workloadName.toLowerCase().startsWith(prefix.toLowerCase())) : all;
  return wanted.map((w) => W.workloadSummary(w, call.region));
}

export async function associateLenses(call: AwsCall, ref: string, aliases: string[]): Promise<void> {
  for (const alias of aliases.map(W.aliasOf)) await requireLens(call.service, call.caller, alias);
  await call.service.applyLenses(ref, aliases.map(W.aliasOf));
}

export async function disassociateLenses(call: AwsCall, ref: string, aliases: string[]): Promise<void> {
  const w = await call.service.getWorkload(ref);
  for (const alias of aliases.map(W.aliasOf)) await call.service.removeLens(w.workloadId, alias);
}

// Reviews, answers and improvements, now or at a milestone

interface ReviewAt {
  workload: WorkloadView;
  alias: string;
  builtin: boolean;
  review: Omit<ReviewView, 'workload'>;
  lens: Lens;
  /** Per-choice states by question (at a milestone, the ones it froze). */
  choices: Map<string, W.ChoiceState[]>;
  updatedAt: string;
}

async function reviewAt(call: AwsCall, ref: string, aliasRef: string, milestone: number | undefined): Promise<ReviewAt> {
  const alias = W.aliasOf(aliasRef);
  const workload = await call.service.getWorkload(ref);
  let review: Omit<ReviewView, 'workload'>;
  let updatedAt = workload.updatedAt;
  let choices: Map<string, W.ChoiceState[]>;
  if (milestone === undefined) {
    review = await call.service.getReview(workload.workloadId, alias, call.lang);
    choices = (await listChoiceStates(call.service.store, workload.workloadId, alias)) as Map<string, W.ChoiceState[]>;
  } else {
    const m = await getMilestone(call.service, workload.workloadId, String(milestone), call.lang);
    const found = m.lensReviews.find((r) => r.lens.alias === alias);
    if (!found) throw notFound(say(MSG.noLensInMilestone, { number: milestone, alias }));
    review = found;
    updatedAt = m.recordedAt;
    // A milestone keeps what was prioritized (its counts), not a link to the profile as it is now.
    workload.profile = null;
    choices = (await milestoneChoiceStates(call.service, workload.workloadId, String(milestone), alias)) as Map<string, W.ChoiceState[]>;
  }
  const { lens } = await getLens(call.service, alias, call.lang, review.lens.version);
  return { workload, alias, builtin: call.service.isBuiltin(alias), review, lens, choices, updatedAt };
}

function reviewLike(r: ReviewAt): W.LensReviewLike {
  return {
    alias: r.alias,
    builtin: r.builtin,
    name: r.review.lens.name,
    versionLabel: r.review.lens.version,
    upgradeAvailable: r.review.lens.upgradeAvailable,
    updatedAt: r.updatedAt,
    riskCounts: r.review.riskCounts,
    pillars: r.review.pillars,
    profile: r.workload.profile,
    prioritizedRiskCounts: r.review.prioritizedRiskCounts,
  };
}

export async function getLensReview(call: AwsCall, ref: string, alias: string, milestone?: number) {
  const r = await reviewAt(call, ref, alias, milestone);
  return { WorkloadId: r.workload.workloadId, MilestoneNumber: milestone, LensReview: W.lensReviewShape(reviewLike(r), call.region) };
}

export async function lensReviewSummaries(call: AwsCall, ref: string, milestone?: number) {
  const w = await call.service.getWorkload(ref);
  const aliases = milestone === undefined ? w.lenses : (await getMilestone(call.service, w.workloadId, String(milestone), call.lang)).lensReviews.map((r) => r.lens.alias);
  const out = [];
  for (const alias of aliases) out.push(W.lensReviewSummaryShape(reviewLike(await reviewAt(call, w.workloadId, alias, milestone)), call.region));
  return { workloadId: w.workloadId, summaries: out };
}

function questionOf(lens: Lens, id: string): LensQuestion {
  for (const p of lens.pillars) for (const q of p.questions) if (q.id === id) return q;
  throw new Error(`question ${id} is not in lens ${lens.name}`);
}

function answers(r: ReviewAt, pillarId: string | undefined) {
  return r.review.questions
    .filter((q) => !pillarId || q.pillarId === pillarId)
    .map((q) => ({
      question: questionOf(r.lens, q.id),
      answer: { questionId: q.id, pillarId: q.pillarId, selectedChoices: q.selectedChoices, isApplicable: !q.notApplicable, reason: q.reason, notes: q.notes, risk: q.risk, prioritized: q.prioritized },
      choices: r.choices.get(q.id) ?? [],
    }));
}

/** The answer to a question of the review; an unknown question is a 404 listing the ids the caller can use. */
function requireAnswer(r: ReviewAt, apiQuestionId: string) {
  const all = answers(r, undefined);
  const ids = idMapFor(r.alias, r.lens);
  const found = all.find((a) => ids.question(a.answer.questionId) === apiQuestionId);
  if (found) return found;
  throw notFound(say(MSG.noQuestion, { questionId: apiQuestionId, alias: r.alias, known: all.map((a) => ids.question(a.answer.questionId)).join(', ') }));
}

function lensHeader(r: ReviewAt, call: AwsCall, milestone: number | undefined) {
  return { WorkloadId: r.workload.workloadId, MilestoneNumber: milestone, LensAlias: r.alias, LensArn: W.lensArn(call.region, r.alias, r.builtin) };
}

export async function listAnswers(call: AwsCall, ref: string, alias: string, pillarId: string | undefined, milestone?: number, prioritizedOnly = false) {
  const r = await reviewAt(call, ref, alias, milestone);
  const ids = idMapFor(r.alias, r.lens);
  const items = answers(r, pillarId).filter((a) => !prioritizedOnly || a.answer.prioritized).map((a) => W.answerSummaryShape(a.question, a.answer, a.choices, ids, call.lang));
  return { header: lensHeader(r, call, milestone), items };
}

export async function getAnswer(call: AwsCall, ref: string, alias: string, questionId: string, milestone?: number) {
  const r = await reviewAt(call, ref, alias, milestone);
  const ids = idMapFor(r.alias, r.lens);
  const a = requireAnswer(r, questionId);
  return { ...lensHeader(r, call, milestone), Answer: W.answerShape(a.question, a.answer, a.choices, ids, call.lang) };
}

export interface AnswerUpdate {
  SelectedChoices?: string[];
  ChoiceUpdates?: Record<string, ChoiceUpdate>;
  Notes?: string;
  IsApplicable?: boolean;
  Reason?: string;
}

export async function updateAnswer(call: AwsCall, ref: string, aliasRef: string, questionId: string, input: AnswerUpdate) {
  const before = await reviewAt(call, ref, aliasRef, undefined);
  const ids = idMapFor(before.alias, before.lens);
  const current = requireAnswer(before, questionId);
  const id = current.answer.questionId;
  // Choices are named by the ids the API lists (for the built-in lens, the official ones, not slens's own).
  const listed = new Set(W.choiceShapes(current.question, ids, call.lang).map((c) => c.ChoiceId));
  const unlisted = [...(input.SelectedChoices ?? []), ...Object.keys(input.ChoiceUpdates ?? {})].filter((c) => !listed.has(c));
  if (unlisted.length > 0) {
    const message = say(MSG.unknownChoice, { unknown: unlisted.join(', '), questionId, known: [...listed].join(', ') });
    throw new AwsError('ValidationException', message, { Reason: 'FIELD_VALIDATION_FAILED', Fields: [{ Name: 'SelectedChoices', Message: message }] });
  }
  const applicable = input.IsApplicable ?? (input.SelectedChoices?.length ? true : current.answer.isApplicable);
  const outcome = applyChoiceUpdates({
    questionId: id,
    ownChoices: current.question.choices.map((c) => c.id),
    extraChoices: ids.extras(id).map((e) => e.choiceId),
    currentSelected: current.answer.selectedChoices,
    currentStates: current.choices,
    selectedChoices: input.SelectedChoices?.map(ids.choiceFrom),
    choiceUpdates: input.ChoiceUpdates && Object.fromEntries(Object.entries(input.ChoiceUpdates).map(([k, u]) => [k, { id: ids.choiceFrom(k), update: u }])),
    applicable,
    apiId: (x) => ids.choice(ids.question(x)),
  });
  if (outcome.problems.length > 0) {
    const first = outcome.problems[0]?.message ?? { en: '', ja: '' };
    throw new AwsError('ValidationException', first, { Reason: 'FIELD_VALIDATION_FAILED', Fields: outcome.problems.map((p) => ({ Name: p.field, Message: p.message })) });
  }
  const touchesChoices = input.SelectedChoices !== undefined || input.ChoiceUpdates !== undefined;
  await call.service.store.transaction(async (tx) => {
    const inTx = new ReviewService(tx, { now: call.service.now });
    await inTx.updateAnswer(
      before.workload.workloadId,
      before.alias,
      id,
      {
        selectedChoices: touchesChoices ? outcome.selected : undefined,
        isApplicable: input.IsApplicable,
        reason: input.Reason === undefined ? undefined : input.Reason === 'NONE' ? null : input.Reason,
        notes: input.Notes,
      },
      call.lang,
    );
    await replaceChoiceStatesIn(tx, before.workload.workloadId, before.alias, id, outcome.states, call.service.now());
  });
  const after = await getAnswer(call, before.workload.workloadId, before.alias, questionId);
  return { WorkloadId: after.WorkloadId, LensAlias: after.LensAlias, LensArn: after.LensArn, Answer: after.Answer };
}

export async function improvements(call: AwsCall, ref: string, alias: string, pillarId: string | undefined, milestone?: number, prioritizedOnly = false) {
  const r = await reviewAt(call, ref, alias, milestone);
  const ids = idMapFor(r.alias, r.lens);
  const items = r.review.improvementPlan
    .filter((i) => (!pillarId || i.pillarId === pillarId) && (!prioritizedOnly || i.prioritized))
    .map((item) => {
      const question = questionOf(r.lens, item.questionId);
      const states = r.choices.get(item.questionId) ?? [];
      const skip = new Set(states.filter((s) => s.status !== 'UNSELECTED').map((s) => s.choiceId));
      const extras = ids.extras(item.questionId).filter((e) => !skip.has(e.choiceId));
      const plans = [
        ...item.improvements.filter((i) => !skip.has(i.choiceId)),
        ...extras.map((e) => ({ choiceId: e.choiceId, title: e.title[call.lang], text: e.improvementPlan[call.lang], url: e.url })),
      ];
      return W.improvementShape({ ...item, improvements: plans }, question.helpfulResource?.url, ids);
    });
  return { header: lensHeader(r, call, milestone), items };
}

/** As on AWS: a milestone of the review as it is, then the review moves to the lens's latest version. */
export async function upgradeLensReview(call: AwsCall, ref: string, aliasRef: string, milestoneName: string): Promise<void> {
  const w = await call.service.getWorkload(ref);
  const alias = W.aliasOf(aliasRef);
  const review = await call.service.getReview(w.workloadId, alias, call.lang);
  if (review.lens.upgradeAvailable) await createMilestone(call.service, w.workloadId, milestoneName);
  await call.service.upgradeLensReview(w.workloadId, alias);
}

// Milestones

export async function createMilestoneShape(call: AwsCall, ref: string, name: string) {
  const w = await call.service.getWorkload(ref);
  const m = await createMilestone(call.service, w.workloadId, name);
  return { WorkloadId: w.workloadId, MilestoneNumber: m.milestoneNumber };
}

async function workloadAtMilestone(call: AwsCall, w: WorkloadView, number: number) {
  const m = await getMilestone(call.service, w.workloadId, String(number), call.lang);
  const at: WorkloadView = { ...w, lenses: m.lensReviews.map((r) => r.lens.alias), riskCounts: m.riskCounts, profile: null, updatedAt: m.recordedAt };
  return { m, at };
}

export async function milestoneSummaries(call: AwsCall, ref: string) {
  const w = await call.service.getWorkload(ref);
  const out = [];
  for (const s of await listMilestones(call.service, w.workloadId)) {
    const { at } = await workloadAtMilestone(call, w, s.milestoneNumber);
    out.push({ MilestoneNumber: s.milestoneNumber, MilestoneName: s.milestoneName, RecordedAt: W.epochSeconds(s.recordedAt), WorkloadSummary: W.workloadSummary(at, call.region) });
  }
  return { workloadId: w.workloadId, items: out };
}

export async function getMilestoneShape(call: AwsCall, ref: string, number: number) {
  const w = await call.service.getWorkload(ref);
  const { m, at } = await workloadAtMilestone(call, w, number);
  return {
    WorkloadId: w.workloadId,
    Milestone: { MilestoneNumber: m.milestoneNumber, MilestoneName: m.milestoneName, RecordedAt: W.epochSeconds(m.recordedAt), Workload: W.workloadShape(at, call.region) },
  };
}

// Reports

export async function lensReviewReport(call: AwsCall, ref: string, aliasRef: string, milestone: number | undefined) {
  if (milestone !== undefined) throw new AwsError('ValidationException', MSG.milestoneReport, { Reason: 'OTHER' });
  const alias = W.aliasOf(aliasRef);
  const { collectReportData, renderReviewHtml } = await import('../../report/review-html.js');
  const data = await collectReportData(call.service, ref, call.lang);
  const reviews = data.reviews.filter((r) => r.review.lens.alias === alias);
  if (reviews.length === 0) await call.service.getReview(data.workload.workloadId, alias, call.lang);
  const { htmlToPdf } = await import('../../report/pdf.js');
  const pdf = await htmlToPdf(await renderReviewHtml({ ...data, reviews }));
  return {
    WorkloadId: data.workload.workloadId,
    LensReviewReport: { LensAlias: alias, LensArn: W.lensArn(call.region, alias, call.service.isBuiltin(alias)), Base64String: Buffer.from(pdf).toString('base64') },
  };
}
