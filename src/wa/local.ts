// The slens side of a sync: a lens review's answers in W-A API form (official ids for the built-in lens, the notes
// with a short evidence summary), and writing an answer the W-A Tool holds back into slens.
import { getLens } from '../review/catalog.js';
import { evidenceReview, type EvidenceQuestionView } from '../review/scan-evidence.js';
import { ReviewService } from '../review/service.js';
import { UserError } from '../util/errors.js';
import type { Lens, LensQuestion } from '../lens/types.js';
import { isNoneChoiceId } from '../lens/types.js';
import { listChoiceStates } from '../store/choice-states.js';
import { replaceChoiceStatesIn } from '../review/choice-states.js';
import { fill, type Lang, type Localized } from '../util/i18n.js';
import type { ChoiceState } from './api-shapes.js';
import { applyChoiceUpdates } from './choice-updates.js';
import { idMapFor, type IdMap } from './id-map.js';
import { composeNotes, personNotes, type WaAnswer } from './sync-state.js';

export interface LocalQuestion {
  questionId: string;
  apiQuestionId: string;
  question: LensQuestion;
  answer: WaAnswer;
}

export interface LocalReview {
  alias: string;
  builtin: boolean;
  /** The lens version the review is pinned to. */
  version: string;
  lens: Lens;
  ids: IdMap;
  questions: LocalQuestion[];
}

const SAY = {
  scan: { en: 'scan of {date}, {count} files: {files}', ja: '{date} のスキャン、{count} ファイル: {files}' },
  choice: { en: '{title}: {status} ({passed} passed, {failed} failed)', ja: '{title}: {status}（合格 {passed}、不合格 {failed}）' },
  supported: { en: 'supported', ja: '裏付けあり' },
  contradicted: { en: 'contradicted', ja: '反証あり' },
  unknown: { en: 'unknown', ja: '不明' },
} as const satisfies Record<string, Localized>;

function statusWord(status: string, lang: Lang): string {
  return status === 'supported' ? SAY.supported[lang] : status === 'contradicted' ? SAY.contradicted[lang] : SAY.unknown[lang];
}

/** A few lines on what the scan showed for one question: files and counts per choice. Empty without a scan. */
export function evidenceText(question: EvidenceQuestionView | undefined, scan: { files: string[]; scanDate: string } | null, lang: Lang): string {
  if (!question || !scan) return '';
  const lines = question.choices
    .filter((c) => c.passed + c.failed > 0)
    .map((c) => `- ${fill(SAY.choice[lang], { title: c.title, status: statusWord(c.status, lang), passed: c.passed, failed: c.failed })}`);
  if (lines.length === 0) return '';
  const files = scan.files.slice(0, 3).join(', ') + (scan.files.length > 3 ? ', …' : '');
  return [fill(SAY.scan[lang], { date: scan.scanDate.slice(0, 10), count: scan.files.length, files }), ...lines].join('\n');
}

/** A lens review of a workload in W-A API form. `withEvidence` adds the evidence summary to the notes. */
export async function localReview(service: ReviewService, workloadId: string, alias: string, lang: Lang, withEvidence = true): Promise<LocalReview> {
  const review = await service.getReview(workloadId, alias, lang);
  const { lens } = await getLens(service, alias, lang, review.lens.version);
  const builtin = service.isBuiltin(alias);
  const ids = idMapFor(alias, lens);
  const states = await listChoiceStates(service.store, workloadId, alias);
  const answers = new Map((await service.listAnswers(workloadId, alias, lang)).map((a) => [a.questionId, a]));
  const evidence = builtin && withEvidence ? await evidenceReview(service, workloadId, alias, lang) : undefined;
  const questions: LocalQuestion[] = [];
  for (const question of lens.pillars.flatMap((p) => p.questions)) {
    const a = answers.get(question.id);
    if (!a) continue;
    const own = (states.get(question.id) ?? []) as ChoiceState[];
    const extras = new Set(ids.extras(question.id).map((e) => e.choiceId));
    const selected = a.isApplicable ? [...a.selectedChoices.map(ids.choice), ...own.filter((s) => extras.has(s.choiceId) && s.status === 'SELECTED').map((s) => s.choiceId)] : [];
    // Evidence goes with an answer: a question nobody answered stays blank on the W-A Tool side.
    const answered = !a.isApplicable || a.selectedChoices.length > 0 || a.notes !== '' || own.length > 0;
    const text = answered ? evidenceText(evidence?.questions.find((q) => q.questionId === question.id), evidence?.scan ?? null, lang) : '';
    questions.push({
      questionId: question.id,
      apiQuestionId: ids.question(question.id),
      question,
      answer: {
        applicable: a.isApplicable,
        reason: a.isApplicable ? null : a.reason,
        selected,
        choices: own
          .filter((s) => s.status === 'NOT_APPLICABLE' || s.notes !== '')
          .map((s) => ({ id: ids.choice(s.choiceId), status: s.status, reason: s.status === 'NOT_APPLICABLE' ? s.reason : null, notes: s.notes })),
        notes: composeNotes(a.notes, text),
      },
    });
  }
  return { alias, builtin, version: review.lens.version, lens, ids, questions };
}

/**
 * Writes what the W-A Tool holds for one question into slens: the choices (the W-A Tool's "None of these" beside
 * other choices keeps "None of these" alone, as slens requires), per-choice states, and the person's notes.
 */
export async function writeLocalAnswer(service: ReviewService, workloadId: string, local: LocalReview, q: LocalQuestion, theirs: WaAnswer, lang: Lang): Promise<void> {
  const { ids } = local;
  let selected = theirs.selected.map(ids.choiceFrom);
  const none = selected.find((id) => isNoneChoiceId(id));
  if (none) selected = [none];
  const extraIds = ids.extras(q.questionId).map((e) => e.choiceId);
  const updates = Object.fromEntries(
    theirs.choices.map((c) => [c.id, { id: ids.choiceFrom(c.id), update: { Status: c.status, ...(c.reason ? { Reason: c.reason } : {}), Notes: c.notes } }]),
  );
  const outcome = applyChoiceUpdates({
    questionId: q.questionId,
    ownChoices: q.question.choices.map((c) => c.id),
    extraChoices: extraIds,
    currentSelected: [],
    currentStates: [],
    selectedChoices: selected,
    choiceUpdates: updates,
    applicable: theirs.applicable,
    apiId: (x) => ids.choice(ids.question(x)),
  });
  if (outcome.problems.length > 0) {
    throw new UserError('wa-pull-answer', outcome.problems[0]?.message ?? { en: 'invalid answer', ja: '不正な回答です' });
  }
  await service.store.transaction(async (tx) => {
    const inTx = new ReviewService(tx, { now: service.now });
    await inTx.updateAnswer(
      workloadId,
      local.alias,
      q.questionId,
      { selectedChoices: theirs.applicable ? outcome.selected : [], isApplicable: theirs.applicable, reason: theirs.applicable ? null : (theirs.reason ?? 'OTHER'), notes: personNotes(theirs.notes) },
      lang,
    );
    await replaceChoiceStatesIn(tx, workloadId, local.alias, q.questionId, outcome.states, service.now());
  });
}
