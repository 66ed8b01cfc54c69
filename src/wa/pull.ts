// `slens aws pull`: a W-A Tool workload's answers into slens — the official `serverless` lens into the built-in
// lens, custom lenses by name (exported from the W-A Tool and imported when slens lacks them) — question by
// question, leaving alone what was changed in slens since the last sync unless forced.
import { getLens, importLens, listLenses } from '../review/catalog.js';
import type { ReviewService } from '../review/service.js';
import { listSyncedAnswers, recordSyncedAnswer } from '../store/wa-sync.js';
import { UserError } from '../util/errors.js';
import { fillLater, type Lang, type Localized } from '../util/i18n.js';
import type { AwsTarget, WaCaller } from './aws-client.js';
import { idMapFor } from './id-map.js';
import { localReview, writeLocalAnswer } from './local.js';
import type { PlannedCall, SyncConflict } from './push.js';
import { syncTarget } from './push.js';
import { canonical, decidePull, describe, fromApiAnswer, isBlank } from './sync-state.js';

export interface PullOptions {
  awsWorkloadId: string;
  into?: string;
  dryRun?: boolean;
  force?: boolean;
  lang: Lang;
  target: AwsTarget;
}

export interface PulledLens {
  /** The W-A Tool's alias or ARN. */
  remote: string;
  /** The slens lens it goes into; null when slens has no such lens (another AWS-managed lens). */
  alias: string | null;
}

export interface PullResult {
  workloadId: string | null;
  workloadName: string;
  createdWorkload: boolean;
  dryRun: boolean;
  lenses: PulledLens[];
  /** slens changes made (or, with dry-run, that would be made). */
  changes: PlannedCall[];
  written: number;
  unchanged: number;
  conflicts: SyncConflict[];
}

const MSG = {
  nameTaken: {
    en: 'slens already has a workload named "{name}": pull into it with --into "{name}", or rename one of them',
    ja: 'slens にはすでに「{name}」という名前のワークロードがあります。--into "{name}" で取り込むか、どちらかの名前を変えてください',
  },
} as const satisfies Record<string, Localized>;

interface RemoteLens {
  LensAlias?: string;
  LensArn?: string;
  LensName?: string;
}

function isOfficialServerless(l: RemoteLens): boolean {
  return l.LensAlias === 'serverless' || (l.LensArn ?? '').endsWith(':aws:lens/serverless');
}

/** An AWS-managed lens (ARN account `aws`) other than serverless: slens has no copy of it. */
function isOtherAwsLens(l: RemoteLens): boolean {
  return !isOfficialServerless(l) && /^arn:[^:]+:wellarchitected:[^:]*:aws:lens\//.test(l.LensArn ?? `arn:aws:wellarchitected::aws:lens/${l.LensAlias ?? ''}`);
}

async function remoteLenses(caller: WaCaller, awsWorkloadId: string): Promise<RemoteLens[]> {
  const out: RemoteLens[] = [];
  let NextToken: string | undefined;
  do {
    const page = await caller.call('ListLensReviews', { WorkloadId: awsWorkloadId, MaxResults: 50, NextToken });
    out.push(...((page.LensReviewSummaries ?? []) as RemoteLens[]));
    NextToken = page.NextToken as string | undefined;
  } while (NextToken);
  return out;
}

/** The slens alias for a custom lens of the W-A Tool: the lens of that name, else imported from its export. */
async function customAlias(service: ReviewService, caller: WaCaller, l: RemoteLens, lang: Lang, dryRun: boolean, changes: PlannedCall[]): Promise<string | null> {
  const name = l.LensName ?? '';
  const known = (await listLenses(service)).find((s) => !s.builtin && s.lensName === name);
  if (known) return known.lensAlias;
  const ref = l.LensArn ?? l.LensAlias ?? '';
  const exported = await caller.call('ExportLens', { LensAlias: ref });
  changes.push({ operation: 'import lens', input: { name, from: ref } });
  if (dryRun) return null;
  const imported = await importLens(service, String(exported.LensJSON ?? ''), { file: `ExportLens ${ref}`, lang });
  return imported.alias;
}

export async function pull(service: ReviewService, caller: WaCaller, options: PullOptions): Promise<PullResult> {
  const dryRun = options.dryRun === true;
  const region = await caller.region();
  const got = await caller.call('GetWorkload', { WorkloadId: options.awsWorkloadId });
  const remote = (got.Workload ?? {}) as { WorkloadName?: string; Description?: string; Environment?: string; AwsRegions?: string[]; ReviewOwner?: string; AccountIds?: string[] };
  const changes: PlannedCall[] = [];
  const lenses: PulledLens[] = [];
  const pairs: { remote: RemoteLens; alias: string }[] = [];
  for (const l of await remoteLenses(caller, options.awsWorkloadId)) {
    const ref = l.LensAlias ?? l.LensArn ?? '';
    const alias = isOfficialServerless(l) ? 'serverless' : isOtherAwsLens(l) ? null : await customAlias(service, caller, l, options.lang, dryRun, changes);
    lenses.push({ remote: ref, alias });
    if (alias) pairs.push({ remote: l, alias });
  }
  let workload = options.into ? await service.getWorkload(options.into) : undefined;
  const name = workload?.workloadName ?? remote.WorkloadName ?? options.awsWorkloadId;
  let createdWorkload = false;
  if (!workload) {
    if ((await service.listWorkloads()).some((w) => w.workloadName.toLowerCase() === name.toLowerCase())) throw new UserError('wa-name-taken', fillLater(MSG.nameTaken, { name }));
    const input = {
      workloadName: name,
      description: remote.Description ?? '',
      environment: remote.Environment === 'PREPRODUCTION' ? ('PREPRODUCTION' as const) : ('PRODUCTION' as const),
      awsRegions: remote.AwsRegions ?? [],
      accountIds: remote.AccountIds ?? [],
      reviewOwner: remote.ReviewOwner ?? '',
      lenses: pairs.map((p) => p.alias),
    };
    changes.push({ operation: 'create workload', input: { workloadName: name, lenses: input.lenses } });
    createdWorkload = true;
    if (!dryRun) workload = await service.createWorkload(input);
  } else {
    const missing = pairs.map((p) => p.alias).filter((a) => !workload?.lenses.includes(a));
    if (missing.length > 0) {
      changes.push({ operation: 'apply lenses', input: { lenses: missing } });
      if (!dryRun) workload = await service.applyLenses(workload.workloadId, missing);
    }
  }
  const target = syncTarget(options.target, region, options.awsWorkloadId);
  const last = workload ? new Map((await listSyncedAnswers(service.store, workload.workloadId, target)).map((s) => [`${s.lensAlias} ${s.questionId}`, s])) : new Map();
  const conflicts: SyncConflict[] = [];
  let written = 0;
  let unchanged = 0;
  for (const { remote: l, alias } of pairs) {
    const apiAlias = isOfficialServerless(l) ? 'serverless' : (l.LensArn ?? l.LensAlias ?? '');
    const applied = workload?.lenses.includes(alias) === true;
    // A review slens does not have yet (dry-run): its questions as the lens has them, all unanswered.
    const local = applied && workload ? await localReview(service, workload.workloadId, alias, options.lang, false) : undefined;
    const questions = local?.questions ?? (await localQuestionsOf(service, alias, options.lang));
    const theirsById = new Map<string, ReturnType<typeof fromApiAnswer>>();
    for (const q of questions) {
      const theirs = fromApiAnswer(((await caller.call('GetAnswer', { WorkloadId: options.awsWorkloadId, LensAlias: apiAlias, QuestionId: q.apiQuestionId })).Answer ?? {}) as never);
      theirsById.set(q.questionId, theirs);
      const decision = local ? decidePull(q.answer, theirs, last.get(`${alias} ${q.questionId}`)?.localState, options.force === true) : isBlank(theirs) ? 'same' : 'write';
      if (decision === 'conflict') {
        conflicts.push({ lens: alias, questionId: q.apiQuestionId, ours: describe(q.answer), theirs: describe(theirs) });
        continue;
      }
      if (decision === 'same') {
        unchanged++;
        continue;
      }
      changes.push({ operation: 'answer', input: { lens: alias, questionId: q.questionId, answer: describe(theirs) } });
      written++;
      if (!dryRun && local && workload) await writeLocalAnswer(service, workload.workloadId, local, q, theirs, options.lang);
    }
    if (dryRun || !workload) continue;
    const after = await localReview(service, workload.workloadId, alias, options.lang, false);
    const conflicted = new Set(conflicts.filter((c) => c.lens === alias).map((c) => c.questionId));
    for (const q of after.questions) {
      const theirs = theirsById.get(q.questionId);
      if (!theirs || conflicted.has(q.apiQuestionId)) continue;
      await recordSyncedAnswer(service.store, workload.workloadId, target, { lensAlias: alias, questionId: q.questionId, localState: canonical(q.answer), remoteState: canonical(theirs), syncedAt: service.now() });
    }
  }
  return { workloadId: workload?.workloadId ?? null, workloadName: name, createdWorkload, dryRun, lenses, changes, written, unchanged, conflicts };
}

/** The questions of a lens slens has, with blank answers, for a dry run into a workload that does not exist yet. */
async function localQuestionsOf(service: ReviewService, alias: string, lang: Lang) {
  const { lens } = await getLens(service, alias, lang);
  const ids = idMapFor(alias, lens);
  return lens.pillars.flatMap((p) =>
    p.questions.map((question) => ({ questionId: question.id, apiQuestionId: ids.question(question.id), question, answer: { applicable: true, reason: null, selected: [], choices: [], notes: '' } })),
  );
}
