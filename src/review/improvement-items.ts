// The improvement plan as a team works through it: each missing best practice of a HIGH or MEDIUM risk
// question is an item with a status (open, in progress, done, won't do with a reason), an owner and a due
// date. Items are stored only once someone touches them (version 0 until then) and are written with the
// answers' optimistic concurrency: a stale version is a 409 carrying the current one.
import { findQuestion, isNoneChoiceId } from '../lens/types.js';
import type { ApiRisk } from '../lens/risk.js';
import { getImprovementItem, listImprovementItems, writeImprovementItem, type ImprovementItemRecord } from '../store/improvement-items.js';
import { isUniqueViolation } from '../store/store.js';
import type { Lang, Localized } from '../util/i18n.js';
import { conflict, invalid, notFound, say, type FieldMessage } from './errors.js';
import { IMPROVEMENT_LIMITS, IMPROVEMENT_STATUSES, type ImprovementItemValues, type ImprovementStatus } from './model.js';
import { diff, ITEM_FIELDS, recordIn } from './history.js';
import type { ReviewService } from './service.js';
import { textProblem } from './validate.js';
import type { LensRef, ReviewView } from './views.js';

export const IM = {
  unknownChoice: { en: 'question {questionId} has no best practice "{choiceId}" to improve', ja: '質問 {questionId} に改善対象のベストプラクティス「{choiceId}」はありません' },
  reasonNeeded: { en: "a reason is needed when an item will not be done (WONT_DO)", ja: '対応しない（WONT_DO）場合は理由が必要です' },
  reasonTooLong: { en: 'must be at most {max} characters (got {count})', ja: '{max}文字以内で指定してください（{count}文字）' },
  badDue: { en: 'must be a date as YYYY-MM-DD, or empty (got "{value}")', ja: '日付は YYYY-MM-DD 形式か空で指定してください（「{value}」）' },
  stale: {
    en: 'improvement item {questionId}/{choiceId} was changed by someone else (you had version {expected}, it is now version {current}); reload it and apply your change again',
    ja: '改善項目 {questionId}/{choiceId} は他の人によって変更されました（あなたの版 {expected}、現在の版 {current}）。再読み込みしてから変更し直してください',
  },
} as const satisfies Record<string, Localized>;

/** The tracked state of one item: what a team wrote, with its version. */
export interface ItemState extends Omit<ImprovementItemValues, 'questionId' | 'choiceId'> {
  version: number;
  updatedAt: string | null;
}

/** One best practice in the plan: where it belongs, one short first step, the full guidance, and its state. */
export interface PlanEntry {
  pillarId: string;
  pillarName: string;
  questionId: string;
  questionTitle: string;
  risk: ApiRisk;
  /** The workload's profile makes the question a priority (such entries come first). */
  prioritized: boolean;
  choiceId: string;
  choiceTitle: string;
  firstStep: string;
  guidance: string;
  url: string | null;
  item: ItemState;
  /** DONE while the choice is still not ticked in the answer. */
  doneButUnticked: boolean;
}

export type StatusCounts = Record<ImprovementStatus, number>;

export interface PlanView {
  workload: { id: string; name: string };
  lens: LensRef;
  /** HIGH first, then MEDIUM; within each, the workload's pillar priorities, then lens order. */
  entries: PlanEntry[];
  counts: StatusCounts;
  /** DONE items whose choice is still unticked, including those of questions no longer in the plan. */
  doneButUnticked: { questionId: string; choiceId: string; choiceTitle: string }[];
}

export interface ItemInput {
  status?: ImprovementStatus;
  reason?: string;
  owner?: string;
  due?: string;
  /** The version last read (0 for an item never written). */
  version: number;
}

const OPEN: ItemState = { status: 'OPEN', reason: '', owner: '', due: '', version: 0, updatedAt: null };

export function emptyStatusCounts(): StatusCounts {
  return { OPEN: 0, IN_PROGRESS: 0, DONE: 0, WONT_DO: 0 };
}

function stateOf(r: ImprovementItemRecord | undefined): ItemState {
  if (!r) return { ...OPEN };
  const status = (IMPROVEMENT_STATUSES as readonly string[]).includes(r.status) ? (r.status as ImprovementStatus) : 'OPEN';
  return { status, reason: r.reason, owner: r.owner, due: r.due, version: r.version, updatedAt: r.updatedAt };
}

/** The first numbered step of a guidance text ("1) … 2) …"), else its first sentence, at most 200 characters. */
export function firstStep(text: string): string {
  const trimmed = text.trim();
  const numbered = /^1[)）]\s*([\s\S]*?)(?=\s*2[)）]|$)/.exec(trimmed);
  let step = numbered?.[1] ?? trimmed;
  if (!numbered) {
    const end = /(?<=[.!?])\s|。/.exec(step);
    if (end) step = step.slice(0, end.index + (end[0] === '。' ? 1 : 0));
  }
  step = step.trim();
  const chars = [...step];
  return chars.length > 200 ? `${chars.slice(0, 199).join('')}…` : step;
}

/** The plan of one review with the stored items laid over it: a pure function of the review and the items. */
export function planOf(review: ReviewView, stored: readonly ImprovementItemRecord[]): PlanView {
  const byKey = new Map(stored.map((r) => [`${r.questionId}/${r.choiceId}`, r]));
  const pillarNames = new Map(review.pillars.map((p) => [p.id, p.name]));
  const entries: PlanEntry[] = [];
  const counts = emptyStatusCounts();
  for (const q of review.improvementPlan) {
    for (const imp of q.improvements) {
      const item = stateOf(byKey.get(`${q.questionId}/${imp.choiceId}`));
      counts[item.status]++;
      entries.push({
        pillarId: q.pillarId,
        pillarName: pillarNames.get(q.pillarId) ?? q.pillarId,
        questionId: q.questionId,
        questionTitle: q.title,
        risk: q.risk,
        prioritized: q.prioritized,
        choiceId: imp.choiceId,
        choiceTitle: imp.title,
        firstStep: firstStep(imp.text),
        guidance: imp.text,
        url: imp.url,
        item,
        doneButUnticked: item.status === 'DONE',
      });
    }
  }
  const selected = new Map(review.questions.map((q) => [q.id, new Set(q.selectedChoices)]));
  const doneButUnticked = stored
    .filter((r) => r.status === 'DONE' && selected.has(r.questionId) && !selected.get(r.questionId)?.has(r.choiceId))
    .map((r) => ({ questionId: r.questionId, choiceId: r.choiceId, choiceTitle: entries.find((e) => e.questionId === r.questionId && e.choiceId === r.choiceId)?.choiceTitle ?? r.choiceId }));
  return { workload: review.workload, lens: review.lens, entries, counts, doneButUnticked };
}

/** The plan of a workload's lens review (its only one when `alias` is undefined). */
export async function planView(service: ReviewService, ref: string, alias: string | undefined, lang: Lang): Promise<PlanView> {
  const review = await service.getReview(ref, alias, lang);
  const stored = await listImprovementItems(service.store, review.workload.id, review.lens.alias);
  const plan = planOf(review, stored);
  // Titles of flagged items outside the plan come from the lens itself.
  if (plan.doneButUnticked.some((d) => d.choiceTitle === d.choiceId)) {
    const { lens } = await service.lensRef(await service.requireReview(await service.resolveWorkload(review.workload.id), review.lens.alias), lang);
    for (const d of plan.doneButUnticked) d.choiceTitle = findQuestion(lens, d.questionId)?.question.choices.find((c) => c.id === d.choiceId)?.title ?? d.choiceId;
  }
  return plan;
}

/** The stored items of a review as model values (export, milestones), by question then choice. */
export async function itemValuesOf(service: ReviewService, workloadId: string, lensAlias: string): Promise<(ImprovementItemValues & { version: number })[]> {
  return (await listImprovementItems(service.store, workloadId, lensAlias)).map((r) => {
    const s = stateOf(r);
    return { questionId: r.questionId, choiceId: r.choiceId, status: s.status, reason: s.reason, owner: s.owner, due: s.due, version: s.version };
  });
}

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Checks item values against the lens question; field names are those of the API. */
export function itemProblems(values: ImprovementItemValues, choiceIds: readonly string[] | undefined): FieldMessage[] {
  const fields: FieldMessage[] = [];
  if (!choiceIds || !choiceIds.includes(values.choiceId) || isNoneChoiceId(values.choiceId))
    fields.push({ field: 'choiceId', message: say(IM.unknownChoice, { questionId: values.questionId, choiceId: values.choiceId }) });
  const owner = textProblem(values.owner, IMPROVEMENT_LIMITS.owner, IM.reasonTooLong);
  if (owner) fields.push({ field: 'owner', message: owner });
  const reason = textProblem(values.reason, IMPROVEMENT_LIMITS.reason, IM.reasonTooLong);
  if (reason) fields.push({ field: 'reason', message: reason });
  if (values.status === 'WONT_DO' && values.reason.trim() === '') fields.push({ field: 'reason', message: IM.reasonNeeded });
  if (values.due !== '' && !validDate(values.due)) fields.push({ field: 'due', message: say(IM.badDue, { value: values.due }) });
  return fields;
}


/**
 * Sets one item's status, reason, owner and due date. Fields left out keep their values; a reason is kept
 * only for WONT_DO. A stale `version` is a 409 carrying the current version.
 */
export async function updateImprovementItem(service: ReviewService, ref: string, alias: string | undefined, questionId: string, choiceId: string, input: ItemInput, lang: Lang): Promise<ItemView> {
  const w = await service.resolveWorkload(ref);
  const review = await service.requireReview(w, alias);
  const { lens } = await service.lensRef(review, lang);
  const found = findQuestion(lens, questionId);
  if (!found) throw notFound(say({ en: 'lens "{alias}" has no question "{questionId}"', ja: 'レンズ「{alias}」に質問「{questionId}」はありません' }, { alias: review.lensAlias, questionId }));
  const current = stateOf(await getImprovementItem(service.store, w.id, review.lensAlias, questionId, choiceId));
  if (input.version !== current.version) throw stale(questionId, choiceId, input.version, current.version);
  const status = input.status ?? current.status;
  if (!(IMPROVEMENT_STATUSES as readonly string[]).includes(status))
    throw invalid([{ field: 'status', message: say({ en: 'must be one of {known} (got "{value}")', ja: '{known} のいずれかを指定してください（「{value}」）' }, { known: IMPROVEMENT_STATUSES.join(', '), value: String(status) }) }]);
  const values: ImprovementItemValues = {
    questionId,
    choiceId,
    status,
    reason: status === 'WONT_DO' ? (input.reason ?? current.reason).trim() : '',
    owner: (input.owner ?? current.owner).trim(),
    due: (input.due ?? current.due).trim(),
  };
  const problems = itemProblems(values, found.question.choices.map((c) => c.id));
  if (problems.length) throw invalid(problems);
  const now = service.now();
  let version: number | undefined;
  try {
    version = await service.store.transaction(async (tx) => {
      const next = await writeImprovementItem(tx, w.id, review.lensAlias, { ...values, updatedAt: now }, input.version);
      if (next === undefined) throw stale(questionId, choiceId, input.version, stateOf(await getImprovementItem(tx, w.id, review.lensAlias, questionId, choiceId)).version);
      await tx.touchWorkload(w.id, now);
      // The version matched: `current` is what this write replaced.
      await recordIn(tx, { workloadId: w.id, kind: 'improvement', lensAlias: review.lensAlias, subject: `${questionId}/${choiceId}`, what: diff({ ...current }, { ...values }, ITEM_FIELDS) }, now);
      return next;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw stale(questionId, choiceId, input.version, stateOf(await getImprovementItem(service.store, w.id, review.lensAlias, questionId, choiceId)).version);
    throw error;
  }
  const selected = (await service.store.getAnswer(w.id, review.lensAlias, questionId))?.selectedChoices ?? [];
  return { questionId, choiceId, status: values.status, reason: values.reason, owner: values.owner, due: values.due, version, updatedAt: now, doneButUnticked: values.status === 'DONE' && !selected.includes(choiceId) };
}

/** One item as the API returns it after a write. */
export interface ItemView extends ImprovementItemValues {
  version: number;
  updatedAt: string | null;
  doneButUnticked: boolean;
}

function stale(questionId: string, choiceId: string, expected: number, current: number) {
  return conflict('stale-version', say(IM.stale, { questionId, choiceId, expected, current }), { currentVersion: current });
}
