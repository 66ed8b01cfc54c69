// `slens aws push`: a workload's lens reviews into a W-A Tool workload — the built-in lens as the official
// `serverless` lens (its ids), custom lenses published (ImportLens + CreateLensVersion) and answered under their
// ARN — question by question, leaving alone what the W-A Tool changed since the last sync unless forced.
import { exportLens } from '../review/catalog.js';
import type { ReviewService } from '../review/service.js';
import type { WorkloadView } from '../review/views.js';
import { listSyncedAnswers, listSyncTargets, recordSyncedAnswer } from '../store/wa-sync.js';
import { UserError } from '../util/errors.js';
import { fillLater, type Lang, type Localized } from '../util/i18n.js';
import type { AwsTarget, WaCaller } from './aws-client.js';
import { localReview, type LocalReview } from './local.js';
import { canonical, decidePush, describe, fromApiAnswer, updateAnswerInput, type WaAnswer } from './sync-state.js';

export interface PlannedCall {
  operation: string;
  input: Record<string, unknown>;
}

export interface SyncConflict {
  lens: string;
  questionId: string;
  ours: string;
  theirs: string;
}

export interface PushResult {
  awsWorkloadId: string;
  created: boolean;
  dryRun: boolean;
  /** The write calls made (or, with dry-run, that would be made), in order. */
  calls: PlannedCall[];
  written: number;
  unchanged: number;
  conflicts: SyncConflict[];
  milestoneNumber: number | null;
}

export interface PushOptions {
  workload: string;
  awsWorkloadId?: string;
  create?: boolean;
  dryRun?: boolean;
  force?: boolean;
  milestone?: string;
  lang: Lang;
  target: AwsTarget;
}

const MSG = {
  whichWorkload: {
    en: 'workload "{name}" has not been pushed to {where} yet: give --aws-workload-id wl-… (an existing W-A Tool workload) or --create',
    ja: 'ワークロード「{name}」はまだ {where} にプッシュされていません。--aws-workload-id（既存の W-A Tool のワークロード）か --create を指定してください',
  },
  both: { en: 'give either --aws-workload-id or --create, not both', ja: '--aws-workload-id と --create はどちらか一方だけを指定してください' },
  noLens: { en: 'workload "{name}" has no lens review to push', ja: 'ワークロード「{name}」にはプッシュするレンズレビューがありません' },
} as const satisfies Record<string, Localized>;

/** Where a W-A Tool workload lives, as the sync record names it. */
export function syncTarget(target: AwsTarget, region: string, awsWorkloadId: string): string {
  return `${target.endpointUrl ?? 'aws'} ${region} ${awsWorkloadId}`.slice(0, 255);
}

function targetPrefix(target: AwsTarget, region: string): string {
  return `${target.endpointUrl ?? 'aws'} ${region} `;
}

const PLACEHOLDER_WORKLOAD = '<WorkloadId from CreateWorkload>';
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d$/;

function createWorkloadInput(w: WorkloadView, region: string, lenses: string[]): Record<string, unknown> {
  const regions = w.awsRegions.filter((r) => REGION_NAME.test(r));
  const description = [...w.description.trim()].length >= 3 ? w.description.trim() : `${w.workloadName} (slens)`;
  return {
    WorkloadName: w.workloadName,
    Description: [...description].slice(0, 250).join(''),
    Environment: w.environment,
    AwsRegions: regions.length > 0 ? regions : [region],
    ...(w.accountIds.filter((a) => /^\d{12}$/.test(a)).length > 0 ? { AccountIds: w.accountIds.filter((a) => /^\d{12}$/.test(a)) } : {}),
    ...([...w.reviewOwner].length >= 3 ? { ReviewOwner: w.reviewOwner } : {}),
    ...(/^https?:\/\//.test(w.architecturalDesign) ? { ArchitecturalDesign: w.architecturalDesign } : {}),
    ...(w.pillarPriorities.length > 0 ? { PillarPriorities: w.pillarPriorities } : {}),
    Lenses: lenses,
  };
}

/** A custom lens on the W-A Tool side: found by name among the caller's lenses, published when its version differs. */
async function publishLens(service: ReviewService, caller: WaCaller, local: LocalReview, calls: PlannedCall[], dryRun: boolean): Promise<string> {
  const name = local.lens.name;
  const version = local.version.slice(0, 32);
  let arn: string | undefined;
  let NextToken: string | undefined;
  do {
    const page = await caller.call('ListLenses', { LensType: 'CUSTOM_SELF', LensName: name.slice(0, 128), MaxResults: 50, NextToken });
    const found = ((page.LensSummaries ?? []) as { LensName?: string; LensArn?: string }[]).find((l) => l.LensName === name);
    arn = found?.LensArn;
    NextToken = arn ? undefined : (page.NextToken as string | undefined);
  } while (NextToken);
  if (arn) {
    const got = await caller.call('GetLens', { LensAlias: arn });
    if ((got.Lens as { LensVersion?: string } | undefined)?.LensVersion === version) return arn;
  }
  const json = await exportLens(service, local.alias, 'en', local.version);
  const importInput = { ...(arn ? { LensAlias: arn } : {}), JSONString: json };
  calls.push({ operation: 'ImportLens', input: { ...importInput, JSONString: `<${json.length} characters of lens JSON>` } });
  if (dryRun) arn ??= `<LensArn of "${name}">`;
  else arn = (await caller.call('ImportLens', importInput)).LensArn as string;
  const versionInput = { LensAlias: arn, LensVersion: version, IsMajorVersion: true };
  calls.push({ operation: 'CreateLensVersion', input: versionInput });
  if (!dryRun) await caller.call('CreateLensVersion', versionInput);
  return arn;
}

export async function push(service: ReviewService, caller: WaCaller, options: PushOptions): Promise<PushResult> {
  if (options.awsWorkloadId && options.create) throw new UserError('bad-option', MSG.both);
  const dryRun = options.dryRun === true;
  const w = await service.getWorkload(options.workload);
  if (w.lenses.length === 0) throw new UserError('wa-no-lens', fillLater(MSG.noLens, { name: w.workloadName }));
  const region = await caller.region();
  let awsWorkloadId = options.awsWorkloadId;
  if (!awsWorkloadId && !options.create) {
    const prefix = targetPrefix(options.target, region);
    const last = (await listSyncTargets(service.store, w.workloadId)).find((t) => t.target.startsWith(prefix));
    awsWorkloadId = last?.target.slice(prefix.length);
    if (!awsWorkloadId) {
      throw new UserError('wa-which-workload', fillLater(MSG.whichWorkload, { name: w.workloadName, where: options.target.endpointUrl ?? region }));
    }
  }
  const calls: PlannedCall[] = [];
  const locals: { local: LocalReview; apiAlias: string }[] = [];
  for (const alias of w.lenses) {
    const local = await localReview(service, w.workloadId, alias, options.lang);
    const apiAlias = local.builtin ? 'serverless' : await publishLens(service, caller, local, calls, dryRun);
    locals.push({ local, apiAlias });
  }
  const apiAliases = locals.map((l) => l.apiAlias);
  let created = false;
  if (!awsWorkloadId) {
    const input = createWorkloadInput(w, region, apiAliases);
    calls.push({ operation: 'CreateWorkload', input });
    awsWorkloadId = dryRun ? PLACEHOLDER_WORKLOAD : ((await caller.call('CreateWorkload', input)).WorkloadId as string);
    created = true;
  } else {
    const got = await caller.call('GetWorkload', { WorkloadId: awsWorkloadId });
    // The W-A Tool names a lens of the workload by alias or by ARN: either matches.
    const have = new Set(((got.Workload as { Lenses?: string[] } | undefined)?.Lenses ?? []).flatMap((l) => [l, l.replace(/^arn:[^:]+:wellarchitected:[^:]*:[^:]*:lens\//, '')]));
    const missing = apiAliases.filter((a) => !have.has(a) && !have.has(a.replace(/^arn:[^:]+:wellarchitected:[^:]*:[^:]*:lens\//, '')));
    if (missing.length > 0) {
      const input = { WorkloadId: awsWorkloadId, LensAliases: missing };
      calls.push({ operation: 'AssociateLenses', input });
      if (!dryRun) await caller.call('AssociateLenses', input);
    }
  }
  const target = syncTarget(options.target, region, awsWorkloadId);
  const last = new Map((await listSyncedAnswers(service.store, w.workloadId, target)).map((s) => [`${s.lensAlias} ${s.questionId}`, s]));
  const conflicts: SyncConflict[] = [];
  let written = 0;
  let unchanged = 0;
  for (const { local, apiAlias } of locals) {
    for (const q of local.questions) {
      const key = { WorkloadId: awsWorkloadId, LensAlias: apiAlias, QuestionId: q.apiQuestionId };
      const remoteKnown = !(created && dryRun);
      const theirs: WaAnswer | undefined = remoteKnown ? fromApiAnswer(((await caller.call('GetAnswer', key)).Answer ?? {}) as never) : undefined;
      const blank: WaAnswer = { applicable: true, reason: null, selected: [], choices: [], notes: '' };
      const decision = decidePush(q.answer, theirs ?? blank, last.get(`${local.alias} ${q.questionId}`)?.remoteState, options.force === true);
      if (decision === 'conflict') {
        conflicts.push({ lens: local.alias, questionId: q.apiQuestionId, ours: describe(q.answer), theirs: describe(theirs ?? blank) });
        continue;
      }
      let after = theirs ?? blank;
      if (decision === 'write') {
        const input = { ...key, ...updateAnswerInput(q.answer, theirs) };
        calls.push({ operation: 'UpdateAnswer', input });
        written++;
        if (!dryRun) after = fromApiAnswer(((await caller.call('UpdateAnswer', input)).Answer ?? {}) as never);
      } else unchanged++;
      if (!dryRun)
        await recordSyncedAnswer(service.store, w.workloadId, target, { lensAlias: local.alias, questionId: q.questionId, localState: canonical(q.answer), remoteState: canonical(after), syncedAt: service.now() });
    }
  }
  let milestoneNumber: number | null = null;
  if (options.milestone !== undefined && conflicts.length === 0) {
    const input = { WorkloadId: awsWorkloadId, MilestoneName: options.milestone };
    calls.push({ operation: 'CreateMilestone', input });
    if (!dryRun) milestoneNumber = ((await caller.call('CreateMilestone', input)).MilestoneNumber as number | undefined) ?? null;
  }
  return { awsWorkloadId, created, dryRun, calls, written, unchanged, conflicts, milestoneNumber };
}
