// The review domain over a store: workloads, lens reviews and improvement plans; answers (answers.ts),
// milestones (milestones.ts) and export/import (transfer.ts) are functions over this service.
// The CLI, the HTTP API and the web pages all call this class; it validates everything it is given.
import { randomBytes } from 'node:crypto';
import { BUILTIN_CHOICE_RENAMES, BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import { listChoiceStates, replaceChoiceStates } from '../store/choice-states.js';
import { isNoneChoiceId, type Lens } from '../lens/types.js';
import type { AnswerRecord, LensReviewRecord, LensVersionRecord, WorkloadRecord } from '../store/records.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import type { Lang } from '../util/i18n.js';
import { conflict, invalid, notFound, say } from './errors.js';
import { ensureBuiltinLens, lensOfVersion, requireLensVersion } from './lenses.js';
import { M } from './messages.js';
import { grantCreatorIn } from './access.js';
import { currentActor, diff, recordIn, WORKLOAD_FIELDS } from './history.js';
import { getAnswer, listAnswers, updateAnswer, type AnswerInput } from './answers.js';
import { emptyCounts, summarizeReview, UNANSWERED_STATE, type AnswerState, type RiskCounts } from './summary.js';
import { workloadFieldsOf, workloadRecordOf } from './records.js';
import { applyTemplateIn, templatesFor } from './template-apply.js';
import { allWorkloadProfilesOf, prioritizedFor, workloadProfileOf, type WorkloadProfileOf } from './profile-link.js';
import { validateWorkload, type WorkloadInput } from './validate.js';
import type { AnswerView, LensRef, ReviewView, WorkloadView } from './views.js';

export type { AnswerInput };

export interface ServiceOptions {
  now?: () => string;
}

export function addCounts(total: RiskCounts, more: RiskCounts): RiskCounts {
  for (const key of Object.keys(total) as (keyof RiskCounts)[]) total[key] += more[key];
  return total;
}

export class ReviewService {
  readonly now: () => string;
  private builtinReady: Promise<LensVersionRecord> | undefined;

  constructor(
    readonly store: Store,
    options: ServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /** Registers the built-in lens of this release (once per service). */
  ready(): Promise<LensVersionRecord> {
    this.builtinReady ??= ensureBuiltinLens(this.store, this.now());
    return this.builtinReady;
  }

  // Workloads

  /** A workload by id, or else by its unique name (case-insensitive). */
  async resolveWorkload(ref: string, store: Store = this.store): Promise<WorkloadRecord> {
    const found = (await store.getWorkload(ref)) ?? (await store.getWorkloadByName(ref.trim()));
    if (!found) throw notFound(say(M.workloadNotFound, { ref }));
    return found;
  }

  private async knownPillars(aliases: readonly string[], store: Store): Promise<string[]> {
    const ids: string[] = [];
    for (const alias of aliases) {
      const v = await requireLensVersion(store, alias);
      ids.push(...lensOfVersion(v, 'en').pillars.map((p) => p.id));
    }
    return ids;
  }

  /** `reviewTemplates` (ids or names): their lenses are applied too, then their answers (template-apply.ts). */
  async createWorkload(input: WorkloadInput & { lenses?: string[]; reviewTemplates?: string[] }, options: { id?: string } = {}): Promise<WorkloadView> {
    await this.ready();
    const templates = await templatesFor(this.store, input.reviewTemplates ?? []);
    const aliases = [...new Set([...(input.lenses ?? []), ...templates.flatMap((t) => t.template.lensAliases)])];
    const fields = validateWorkload(input, await this.knownPillars(aliases, this.store));
    const now = this.now();
    const record = workloadRecordOf(options.id ?? randomBytes(16).toString('hex'), fields, now, now);
    try {
      await this.store.transaction(async (tx) => {
        if (await tx.getWorkloadByName(record.name)) throw conflict('name-taken', say(M.nameTaken, { name: record.name }));
        await tx.insertWorkload(record);
        for (const alias of aliases) await this.applyLensIn(tx, record.id, alias, now);
        for (const t of templates) await applyTemplateIn(tx, record.id, t.template, t.answers, currentActor(), now);
        await grantCreatorIn(tx, record.id, now);
        await this.recordWorkload(tx, record.id, null, now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('name-taken', say(M.nameTaken, { name: record.name }));
      throw error;
    }
    return this.workloadView(record);
  }

  async updateWorkload(ref: string, patch: WorkloadInput): Promise<WorkloadView> {
    const current = await this.resolveWorkload(ref);
    const reviews = await this.store.listLensReviews(current.id);
    const merged: WorkloadInput = { ...workloadFieldsOf(current), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    const fields = validateWorkload(merged, await this.knownPillars(reviews.map((r) => r.lensAlias), this.store));
    const record = workloadRecordOf(current.id, fields, current.createdAt, this.now());
    try {
      await this.store.transaction(async (tx) => {
        const other = await tx.getWorkloadByName(record.name);
        if (other && other.id !== record.id) throw conflict('name-taken', say(M.nameTaken, { name: record.name }));
        const before = await this.workloadState(tx, record.id);
        await tx.updateWorkload(record);
        await this.recordWorkload(tx, record.id, before, record.updatedAt);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('name-taken', say(M.nameTaken, { name: record.name }));
      throw error;
    }
    return this.workloadView(record);
  }

  /** The recorded fields of a workload as the history compares them (its fields and applied lenses). */
  private async workloadState(tx: Store, id: string): Promise<Record<string, unknown> | null> {
    const w = await tx.getWorkload(id);
    return w ? { ...workloadFieldsOf(w), lenses: (await tx.listLensReviews(id)).map((r) => r.lensAlias) } : null;
  }

  /** Records what a write did to the workload, in the write's transaction. */
  private async recordWorkload(tx: Store, id: string, before: Record<string, unknown> | null, now: string): Promise<void> {
    await recordIn(tx, { workloadId: id, kind: 'workload', subject: 'workload', what: diff(before, await this.workloadState(tx, id), WORKLOAD_FIELDS) }, now);
  }

  async workloadView(w: WorkloadRecord, known?: WorkloadProfileOf): Promise<WorkloadView> {
    const reviews = await this.store.listLensReviews(w.id);
    const riskCounts = emptyCounts();
    const prioritizedRiskCounts = emptyCounts();
    const profile = known ?? (await workloadProfileOf(this.store, w.id));
    for (const review of reviews) {
      const { summary } = await this.summaryOf(w, review, 'en', profile.prioritized(review.lensAlias));
      addCounts(riskCounts, summary.riskCounts);
      addCounts(prioritizedRiskCounts, summary.prioritizedRiskCounts);
    }
    return { workloadId: w.id, ...workloadFieldsOf(w), lenses: reviews.map((r) => r.lensAlias), riskCounts, prioritizedRiskCounts, profile: profile.ref, createdAt: w.createdAt, updatedAt: w.updatedAt };
  }

  async getWorkload(ref: string): Promise<WorkloadView> {
    return this.workloadView(await this.resolveWorkload(ref));
  }

  async listWorkloads(): Promise<WorkloadView[]> {
    const all = await this.store.listWorkloads();
    const profileOf = await allWorkloadProfilesOf(this.store);
    const views: WorkloadView[] = [];
    for (const w of all) views.push(await this.workloadView(w, profileOf(w.id)));
    return views;
  }

  async deleteWorkload(ref: string): Promise<WorkloadRecord> {
    return this.store.transaction(async (tx) => {
      const w = await this.resolveWorkload(ref, tx);
      await tx.deleteWorkload(w.id);
      return w;
    });
  }

  // Lens reviews

  private async applyLensIn(tx: Store, workloadId: string, alias: string, now: string): Promise<void> {
    const version = await requireLensVersion(tx, alias);
    const existing = await tx.listLensReviews(workloadId);
    if (existing.some((r) => r.lensAlias === alias)) throw conflict('lens-applied', say(M.lensAlreadyApplied, { alias }));
    const position = existing.reduce((max, r) => Math.max(max, r.position), 0) + 1;
    await tx.insertLensReview({ workloadId, lensAlias: alias, lensVersion: version.version, position, updatedAt: now });
    const lens = lensOfVersion(version, 'en');
    const answers: AnswerRecord[] = lens.pillars.flatMap((p) =>
      p.questions.map((q) => ({ questionId: q.id, selectedChoices: [], isApplicable: true, reason: null, notes: '', version: 0, updatedAt: now })),
    );
    await tx.insertAnswers(workloadId, alias, answers);
  }

  async applyLenses(ref: string, aliases: string[]): Promise<WorkloadView> {
    await this.ready();
    const w = await this.store.transaction(async (tx) => {
      const found = await this.resolveWorkload(ref, tx);
      const now = this.now();
      const before = await this.workloadState(tx, found.id);
      for (const alias of [...new Set(aliases)]) await this.applyLensIn(tx, found.id, alias, now);
      await tx.touchWorkload(found.id, now);
      await this.recordWorkload(tx, found.id, before, now);
      return found;
    });
    return this.getWorkload(w.id);
  }

  async removeLens(ref: string, alias: string): Promise<WorkloadView> {
    const w = await this.store.transaction(async (tx) => {
      const found = await this.resolveWorkload(ref, tx);
      await this.requireReview(found, alias, tx);
      const before = await this.workloadState(tx, found.id);
      await tx.deleteLensReview(found.id, alias);
      await tx.touchWorkload(found.id, this.now());
      await this.recordWorkload(tx, found.id, before, this.now());
      return found;
    });
    return this.getWorkload(w.id);
  }

  /** The workload's review of `alias`; with no alias, its only lens review (several: the caller must choose). */
  async requireReview(w: WorkloadRecord, alias: string | undefined, store: Store = this.store): Promise<LensReviewRecord> {
    const reviews = await store.listLensReviews(w.id);
    const applied = reviews.map((r) => r.lensAlias).join(', ') || '-';
    if (alias === undefined) {
      if (reviews.length === 1 && reviews[0]) return reviews[0];
      if (reviews.length === 0) throw notFound(say(M.noLens, { workload: w.name }));
      throw invalid([{ field: 'lensAlias', message: say(M.lensAmbiguous, { workload: w.name, applied }) }]);
    }
    const review = reviews.find((r) => r.lensAlias === alias);
    if (!review) throw notFound(say(M.lensNotApplied, { alias, workload: w.name, applied }));
    return review;
  }

  /** The lens version a review is pinned to, in `lang`, and how it stands against the latest. */
  async lensRef(review: LensReviewRecord, lang: Lang): Promise<{ lens: Lens; ref: LensRef }> {
    const pinned = await requireLensVersion(this.store, review.lensAlias, review.lensVersion);
    const latest = await this.store.getLensVersionMeta(review.lensAlias);
    const lens = lensOfVersion(pinned, lang);
    const latestVersion = latest?.version ?? pinned.version;
    return {
      lens,
      ref: { alias: review.lensAlias, name: lens.name, version: pinned.version, versionLabel: pinned.label, latestVersion, upgradeAvailable: latestVersion !== pinned.version },
    };
  }

  private async summaryOf(w: WorkloadRecord, review: LensReviewRecord, lang: Lang, prioritizedQuestions?: ReadonlySet<string>) {
    const { lens, ref } = await this.lensRef(review, lang);
    const answers = await this.store.listAnswers(w.id, review.lensAlias);
    const states = new Map<string, AnswerState>(answers.map((a) => [a.questionId, a]));
    const prioritized = prioritizedQuestions ?? (await prioritizedFor(this.store, w.id, review.lensAlias));
    return { lens, ref, summary: summarizeReview(lens, states, w.pillarPriorities, prioritized) };
  }

  async getReview(ref: string, alias: string | undefined, lang: Lang): Promise<ReviewView> {
    const w = await this.resolveWorkload(ref);
    const review = await this.requireReview(w, alias);
    const { ref: lensRef, summary } = await this.summaryOf(w, review, lang);
    return { workload: { id: w.id, name: w.name }, lens: lensRef, ...summary };
  }

  /** Moves a lens review to the lens's latest version, keeping the selected choices whose ids still exist. */
  async upgradeLensReview(ref: string, alias: string): Promise<ReviewView> {
    await this.store.transaction(async (tx) => {
      const w = await this.resolveWorkload(ref, tx);
      const review = await this.requireReview(w, alias, tx);
      const latest = await requireLensVersion(tx, alias);
      if (latest.version === review.lensVersion) throw conflict('no-upgrade', say(M.noUpgrade, { alias, version: latest.label ?? latest.version }));
      const lens = lensOfVersion(latest, 'en');
      const now = this.now();
      const answers = new Map((await tx.listAnswers(w.id, alias)).map((a) => [a.questionId, a]));
      const choiceStates = await listChoiceStates(tx, w.id, alias);
      const renames = alias === BUILTIN_LENS_ALIAS ? BUILTIN_CHOICE_RENAMES : {};
      const fresh: AnswerRecord[] = [];
      for (const question of lens.pillars.flatMap((p) => p.questions)) {
        const old = answers.get(question.id);
        answers.delete(question.id);
        if (!old) {
          fresh.push({ ...UNANSWERED_STATE, questionId: question.id, selectedChoices: [], updatedAt: now });
          continue;
        }
        const ids = new Set(question.choices.map((c) => c.id));
        // A choice answered per choice under an id this version now has (e.g. ops_ops_q2_a4 → ops2_cicd) joins the answer.
        const states = (choiceStates.get(question.id) ?? []).map((s) => ({ ...s, choiceId: renames[s.choiceId] ?? s.choiceId })).filter((s) => ids.has(s.choiceId));
        const none = old.selectedChoices.some((id) => isNoneChoiceId(id));
        const gained = states.filter((s) => s.status === 'SELECTED' && old.isApplicable && !none && !old.selectedChoices.includes(s.choiceId)).map((s) => s.choiceId);
        const order = question.choices.map((c) => c.id);
        const kept = [...old.selectedChoices.filter((id) => ids.has(id)), ...gained].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        const changed = kept.length !== old.selectedChoices.length || kept.some((id, i) => id !== old.selectedChoices[i]);
        if (changed) {
          await tx.updateAnswer(w.id, alias, question.id, { ...old, selectedChoices: kept }, old.version, now);
          await recordIn(tx, { workloadId: w.id, kind: 'answer', lensAlias: alias, subject: question.id, what: diff({ ...old }, { selectedChoices: kept }, ['selectedChoices']) }, now);
        }
        const keptStates = states.filter((s) => s.status === 'NOT_APPLICABLE' || s.notes !== '').map((s) => (s.status === 'SELECTED' && !kept.includes(s.choiceId) ? { ...s, status: 'UNSELECTED' } : s));
        if (choiceStates.has(question.id)) await replaceChoiceStates(tx, w.id, alias, question.id, keptStates);
      }
      for (const gone of answers.keys()) await tx.deleteAnswer(w.id, alias, gone);
      await tx.insertAnswers(w.id, alias, fresh);
      await tx.setLensReviewVersion(w.id, alias, latest.version, now);
      await tx.touchWorkload(w.id, now);
      await recordIn(tx, { workloadId: w.id, kind: 'workload', lensAlias: alias, subject: 'workload', what: { lensVersion: [review.lensVersion, latest.version] } }, now);
    });
    return this.getReview(ref, alias, 'en');
  }

  // Answers (answers.ts): kept here under their names for the callers that hold a service.

  listAnswers(ref: string, alias: string | undefined, lang: Lang): Promise<AnswerView[]> {
    return listAnswers(this, ref, alias, lang);
  }

  getAnswer(ref: string, alias: string | undefined, questionId: string, lang: Lang): Promise<AnswerView> {
    return getAnswer(this, ref, alias, questionId, lang);
  }

  /** See answers.ts: fields left out keep their values; a stale `version` is a 409 carrying the current version. */
  updateAnswer(ref: string, alias: string | undefined, questionId: string, input: AnswerInput, lang: Lang = 'en'): Promise<AnswerView> {
    return updateAnswer(this, ref, alias, questionId, input, lang);
  }

  async improvementPlan(ref: string, alias: string | undefined, lang: Lang) {
    const review = await this.getReview(ref, alias, lang);
    return { workload: review.workload, lens: review.lens, improvementPlan: review.improvementPlan };
  }

  isBuiltin(alias: string): boolean {
    return alias === BUILTIN_LENS_ALIAS;
  }
}
