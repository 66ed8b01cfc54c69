// Review data in the W-A API's shapes (API version 2020-03-31): PascalCase members, official ids for the
// built-in lens, texts clipped to the model's lengths, timestamps as epoch seconds (restJson1's default).
import type { LensChoice, LensQuestion } from '../lens/types.js';
import { isNoneChoiceId } from '../lens/types.js';
import type { Lang } from '../util/i18n.js';
import type { IdMap } from './id-map.js';
import { OFFICIAL_LENS_ARN } from './official-serverless.js';
import type { WorkloadView } from '../review/model.js';

/** The account every slens resource belongs to in ARNs and `Owner` (the model wants 12 digits). */
export const LOCAL_ACCOUNT = '000000000000';

export type Risk = 'UNANSWERED' | 'HIGH' | 'MEDIUM' | 'NONE' | 'NOT_APPLICABLE';
export type RiskCounts = Record<Risk, number>;
export type ChoiceStatus = 'SELECTED' | 'NOT_APPLICABLE' | 'UNSELECTED';

/** What slens stores per choice beyond the selection: not applicable with a reason, notes, or an extra choice. */
export interface ChoiceState {
  choiceId: string;
  status: ChoiceStatus;
  reason: string | null;
  notes: string;
}

/** Text cut to `max` code points (Smithy counts lengths in code points); empty text is left out. */
export function clip(text: string | null | undefined, max: number): string | undefined {
  if (!text) return undefined;
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export function workloadArn(region: string, workloadId: string): string {
  return `arn:aws:wellarchitected:${region}:${LOCAL_ACCOUNT}:workload/${workloadId}`;
}

export function lensArn(region: string, alias: string, builtin: boolean): string {
  return builtin ? OFFICIAL_LENS_ARN : `arn:aws:wellarchitected:${region}:${LOCAL_ACCOUNT}:lens/${alias}`;
}

/** A profile's ARN (profiles are this account's: slens shares none across accounts). */
export function profileArn(region: string, profileId: string): string {
  return `arn:aws:wellarchitected:${region}:${LOCAL_ACCOUNT}:profile/${profileId}`;
}

/** The attached profile and the prioritized risk counts, present only when the workload has a profile (as on AWS). */
function profileMembers(profile: { profileId: string; version: number } | null | undefined, prioritized: RiskCounts | undefined, region: string) {
  if (!profile || !prioritized) return {};
  return { Profiles: [{ ProfileArn: profileArn(region, profile.profileId), ProfileVersion: String(profile.version) }], PrioritizedRiskCounts: riskCounts(prioritized) };
}

/** A lens alias or ARN as a script sends it → the slens alias (`…:lens/serverless` → `serverless`). */
export function aliasOf(ref: string): string {
  const match = /^arn:[^:]+:wellarchitected:[^:]*:[^:]*:lens\/(.+)$/.exec(ref);
  return match?.[1] ?? ref;
}

/** The workload fields the W-A shapes read: the review model's view, whatever else a caller carries. */
export type WorkloadLike = Omit<WorkloadView, 'createdAt' | 'environment'> & { environment: string };

/** The model's RiskCounts map: every risk with its count, zeros included. */
export function riskCounts(counts: RiskCounts): RiskCounts {
  return { ...counts };
}

export function workloadSummary(w: WorkloadLike, region: string) {
  return {
    WorkloadId: w.workloadId,
    WorkloadArn: workloadArn(region, w.workloadId),
    WorkloadName: w.workloadName,
    Owner: LOCAL_ACCOUNT,
    UpdatedAt: epochSeconds(w.updatedAt),
    Lenses: w.lenses,
    RiskCounts: riskCounts(w.riskCounts),
    ImprovementStatus: 'NOT_APPLICABLE',
    ...profileMembers(w.profile, w.prioritizedRiskCounts, region),
  };
}

export function workloadShape(w: WorkloadLike, region: string) {
  const regions = w.awsRegions.filter((r) => /^[a-z]{2}(-[a-z]+)+-\d$/.test(r));
  const nonAws = w.awsRegions.filter((r) => !regions.includes(r));
  return {
    ...workloadSummary(w, region),
    Description: clip(w.description, 250),
    Environment: w.environment,
    AccountIds: w.accountIds,
    AwsRegions: regions,
    NonAwsRegions: nonAws.length > 0 ? nonAws.slice(0, 5) : undefined,
    ArchitecturalDesign: w.architecturalDesign || undefined,
    ReviewOwner: [...w.reviewOwner].length >= 3 ? w.reviewOwner : undefined,
    Industry: w.industry || undefined,
    PillarPriorities: w.pillarPriorities,
    IsReviewOwnerUpdateAcknowledged: true,
  };
}

function content(resource: { displayText: string; url?: string } | undefined) {
  if (!resource) return undefined;
  const text = clip(resource.displayText, 1024);
  if (!text) return undefined;
  return { DisplayText: text, Url: clip(resource.url, 1024) };
}

/** The choices the API lists for a question: the lens's own, then the extras, "None of these" last. */
export function choiceShapes(question: LensQuestion, ids: IdMap, lang: Lang) {
  const own = question.choices.map((c: LensChoice) => ({
    ChoiceId: ids.choice(c.id),
    Title: clip(c.title, 512) ?? c.id,
    Description: clip(c.description, 1024),
    HelpfulResource: content(c.helpfulResource),
    ImprovementPlan: content(c.improvementPlan),
  }));
  const extras = ids.extras(question.id).map((e) => ({
    ChoiceId: e.choiceId,
    Title: e.title[lang],
    Description: e.description[lang],
    ImprovementPlan: { DisplayText: e.improvementPlan[lang], Url: e.url },
  }));
  const noneAt = own.findIndex((c, i) => isNoneChoiceId(question.choices[i]?.id ?? ''));
  return noneAt < 0 ? [...own, ...extras] : [...own.slice(0, noneAt), ...extras, ...own.slice(noneAt)];
}

export interface AnswerLike {
  questionId: string;
  pillarId: string;
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  risk: Risk;
  /** The workload's profile makes the question a priority. */
  prioritized?: boolean;
}

/** Selected choices in API ids, the extras selected per choice included. */
function selected(a: AnswerLike, choices: readonly ChoiceState[], ids: IdMap): string[] {
  const extraIds = new Set(ids.extras(a.questionId).map((e) => e.choiceId));
  const extras = choices.filter((c) => extraIds.has(c.choiceId) && c.status === 'SELECTED').map((c) => c.choiceId);
  return [...a.selectedChoices.map((id) => ids.choice(id)), ...extras];
}

/** Every choice with a state worth telling: selected, not applicable, or with notes. */
function choiceAnswers(a: AnswerLike, choices: readonly ChoiceState[], ids: IdMap) {
  const chosen = new Set(selected(a, choices, ids));
  const stored = new Map(choices.map((c) => [ids.choice(c.choiceId), c]));
  const order = [...chosen, ...[...stored.keys()].filter((id) => !chosen.has(id))];
  return order.map((id) => {
    const state = stored.get(id);
    const status: ChoiceStatus = chosen.has(id) ? 'SELECTED' : (state?.status ?? 'UNSELECTED');
    return {
      ChoiceId: id,
      Status: status,
      Reason: status === 'NOT_APPLICABLE' ? (state?.reason ?? 'NONE') : undefined,
      Notes: state?.notes || undefined,
    };
  });
}

export function answerShape(question: LensQuestion, a: AnswerLike, choices: readonly ChoiceState[], ids: IdMap, lang: Lang) {
  return {
    QuestionId: ids.question(a.questionId),
    PillarId: a.pillarId,
    QuestionTitle: clip(question.title, 512) ?? a.questionId,
    QuestionDescription: clip(question.description, 1024),
    ImprovementPlanUrl: clip(question.helpfulResource?.url, 2048),
    HelpfulResourceUrl: clip(question.helpfulResource?.url, 2048),
    HelpfulResourceDisplayText: clip(question.helpfulResource?.displayText, 64),
    Choices: choiceShapes(question, ids, lang),
    SelectedChoices: selected(a, choices, ids),
    ChoiceAnswers: choiceAnswers(a, choices, ids),
    IsApplicable: a.isApplicable,
    Risk: a.risk,
    Notes: a.notes || undefined,
    Reason: a.isApplicable ? undefined : (a.reason ?? 'NONE'),
  };
}

export function answerSummaryShape(question: LensQuestion, a: AnswerLike, choices: readonly ChoiceState[], ids: IdMap, lang: Lang) {
  const full = answerShape(question, a, choices, ids, lang);
  return {
    QuestionId: full.QuestionId,
    PillarId: full.PillarId,
    QuestionTitle: full.QuestionTitle,
    Choices: full.Choices,
    SelectedChoices: full.SelectedChoices,
    ChoiceAnswerSummaries: full.ChoiceAnswers.map((c) => ({ ChoiceId: c.ChoiceId, Status: c.Status, Reason: c.Reason })),
    IsApplicable: full.IsApplicable,
    Risk: full.Risk,
    Reason: full.Reason,
    QuestionType: a.prioritized ? 'PRIORITIZED' : 'NON_PRIORITIZED',
  };
}

export interface ImprovementLike {
  pillarId: string;
  questionId: string;
  title: string;
  risk: Risk;
  improvements: { choiceId: string; title: string; url: string | null }[];
}

export function improvementShape(item: ImprovementLike, questionUrl: string | undefined, ids: IdMap) {
  return {
    QuestionId: ids.question(item.questionId),
    PillarId: item.pillarId,
    QuestionTitle: clip(item.title, 512) ?? item.questionId,
    Risk: item.risk,
    ImprovementPlanUrl: clip(questionUrl ?? item.improvements.find((i) => i.url)?.url ?? undefined, 2048),
    ImprovementPlans: item.improvements.map((i) => ({
      ChoiceId: ids.choice(i.choiceId),
      DisplayText: clip(i.title, 64) ?? i.choiceId,
      ImprovementPlanUrl: clip(i.url ?? undefined, 2048),
    })),
  };
}

export interface LensReviewLike {
  alias: string;
  builtin: boolean;
  name: string;
  versionLabel: string;
  upgradeAvailable: boolean;
  updatedAt: string;
  riskCounts: RiskCounts;
  pillars: { id: string; name: string; riskCounts: RiskCounts; prioritizedRiskCounts?: RiskCounts }[];
  /** The workload's profile (none at a milestone) and the counts over the questions it prioritizes. */
  profile?: { profileId: string; version: number } | null;
  prioritizedRiskCounts?: RiskCounts;
}

export function lensReviewSummaryShape(r: LensReviewLike, region: string) {
  return {
    LensAlias: r.alias,
    LensArn: lensArn(region, r.alias, r.builtin),
    LensVersion: clip(r.versionLabel, 32),
    LensName: clip(r.name, 128) ?? r.alias,
    LensStatus: r.upgradeAvailable ? 'NOT_CURRENT' : 'CURRENT',
    UpdatedAt: epochSeconds(r.updatedAt),
    RiskCounts: riskCounts(r.riskCounts),
    ...profileMembers(r.profile, r.prioritizedRiskCounts, region),
  };
}

export function lensReviewShape(r: LensReviewLike, region: string) {
  return {
    ...lensReviewSummaryShape(r, region),
    PillarReviewSummaries: r.pillars.map((p) => ({
      PillarId: p.id,
      PillarName: clip(p.name, 128) ?? p.id,
      RiskCounts: riskCounts(p.riskCounts),
      ...(r.profile && p.prioritizedRiskCounts ? { PrioritizedRiskCounts: riskCounts(p.prioritizedRiskCounts) } : {}),
    })),
  };
}
