// Domain validation shared by the CLI and the API: every problem is reported per field, in both languages.
import { AWS_PILLAR_IDS, isNoneChoiceId, type LensQuestion } from '../lens/types.js';
import { countCharacters } from '../util/text.js';
import type { Localized } from '../util/i18n.js';
import { invalid, say, type FieldMessage } from './errors.js';
import { M } from './messages.js';
import { isAccountId, isAwsRegion } from './regions.js';
import {
  ENVIRONMENTS,
  FREE_TEXT_LIMITS,
  MAX_NOTES,
  MAX_UNITS_PER_CHARACTER,
  NOT_APPLICABLE_REASONS,
  WORKLOAD_LIMITS,
  type AnswerValues,
  type Environment,
  type NotApplicableReason,
  type WorkloadFields,
  type WorkloadInput,
} from './model.js';

export { ENVIRONMENTS, MAX_NOTES, MAX_UNITS_PER_CHARACTER, NOT_APPLICABLE_REASONS, WORKLOAD_LIMITS };
export type { Environment, NotApplicableReason, WorkloadFields, WorkloadInput };

/**
 * The problem with `value` as text of at most `max` characters, if any. Its length in code units decides first,
 * so a huge text is refused without being counted and only text that can fit is counted.
 */
export function textProblem(value: string, max: number, message: Localized, min = 0): Localized | undefined {
  if (value.length <= max && min === 0) return controlProblem(value);
  if (value.length > max * MAX_UNITS_PER_CHARACTER) return say(M.farTooLong, { max, length: value.length });
  const control = controlProblem(value);
  if (control) return control;
  const count = countCharacters(value);
  return count > max || count < min ? say(message, { max, min, count }) : undefined;
}

// C0 controls but tab, line feed and carriage return (forms send CR LF), DEL and the C1 controls. PostgreSQL
// refuses NUL in text, so one stored on SQLite could never move to PostgreSQL.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The problem with a control character in `value`, if it holds one. */
export function controlProblem(value: string): Localized | undefined {
  const found = CONTROL_CHARACTER.exec(value);
  if (!found) return undefined;
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return say(M.controlCharacter, { code, position: found.index + 1 });
}

function checkText(fields: FieldMessage[], field: string, value: string, max: number): void {
  const problem = textProblem(value, max, M.textTooLong);
  if (problem) fields.push({ field, message: problem });
}

/** Checks a list's size and text; true when its entries are fit to be checked one by one. */
function checkList(fields: FieldMessage[], field: string, values: string[]): boolean {
  const { listEntries, listEntryLength } = WORKLOAD_LIMITS;
  const control = values.map(controlProblem).find((problem) => problem !== undefined);
  if (control) fields.push({ field, message: control });
  else if (values.length > listEntries || values.some((v) => textProblem(v, listEntryLength, M.listTooLong)))
    fields.push({ field, message: say(M.listTooLong, { max: listEntries, length: listEntryLength }) });
  else return true;
  return false;
}

/** Trims, fills defaults and checks a complete set of workload fields; throws 400 with every problem found. */
export function validateWorkload(input: WorkloadInput, knownPillars: readonly string[] = []): WorkloadFields {
  const fields: FieldMessage[] = [];
  const name = (input.workloadName ?? '').trim();
  const nameProblem = name === '' ? M.nameMissing : textProblem(name, WORKLOAD_LIMITS.name[1], M.nameLength, WORKLOAD_LIMITS.name[0]);
  if (nameProblem) fields.push({ field: 'workloadName', message: nameProblem });
  const environment = input.environment ?? 'PRODUCTION';
  if (!(ENVIRONMENTS as readonly string[]).includes(environment)) fields.push({ field: 'environment', message: say(M.environment, { value: String(environment) }) });
  const clean = (values: string[] | undefined): string[] => (values ?? []).map((v) => v.trim()).filter((v) => v !== '');
  const awsRegions = clean(input.awsRegions);
  const accountIds = clean(input.accountIds);
  if (checkList(fields, 'awsRegions', awsRegions))
    for (const value of awsRegions.filter((v) => !isAwsRegion(v))) fields.push({ field: 'awsRegions', message: say(M.region, { value }) });
  if (checkList(fields, 'accountIds', accountIds))
    for (const value of accountIds.filter((v) => !isAccountId(v))) fields.push({ field: 'accountIds', message: say(M.accountId, { value }) });
  for (const [field, values] of [['awsRegions', awsRegions], ['accountIds', accountIds]] as const) {
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    if (twice !== undefined) fields.push({ field, message: say(M.duplicate, { value: twice }) });
  }
  const freeText: Partial<Record<keyof typeof FREE_TEXT_LIMITS, string>> = {};
  for (const [field, max] of Object.entries(FREE_TEXT_LIMITS) as [keyof typeof FREE_TEXT_LIMITS, number][]) {
    freeText[field] = (input[field] ?? '').trim();
    checkText(fields, field, freeText[field], max);
  }
  const architecturalDesign = (input.architecturalDesign ?? '').trim();
  checkText(fields, 'architecturalDesign', architecturalDesign, WORKLOAD_LIMITS.architecturalDesign);
  if (architecturalDesign && !/^https?:\/\/[^\s]+$/i.test(architecturalDesign)) fields.push({ field: 'architecturalDesign', message: M.url });
  const pillarPriorities = clean(input.pillarPriorities);
  const known = new Set<string>([...AWS_PILLAR_IDS, ...knownPillars]);
  const seen = new Set<string>();
  for (const id of pillarPriorities) {
    if (!known.has(id)) fields.push({ field: 'pillarPriorities', message: say(M.pillarPriority, { value: id, known: [...known].join(', ') }) });
    else if (seen.has(id)) fields.push({ field: 'pillarPriorities', message: say(M.duplicate, { value: id }) });
    seen.add(id);
  }
  if (fields.length > 0) throw invalid(fields);
  return { ...(freeText as Record<keyof typeof FREE_TEXT_LIMITS, string>), workloadName: name, environment: environment as Environment, awsRegions, accountIds, architecturalDesign, pillarPriorities };
}

export type AnswerFields = Omit<AnswerValues, 'questionId'>;

/** Checks an answer against its question: known choice ids, "None of these" alone, reason, notes length. */
export function validateAnswer(question: LensQuestion, answer: { selectedChoices: string[]; isApplicable: boolean; reason: string | null; notes: string }): AnswerFields {
  const fields: FieldMessage[] = [];
  const known = question.choices.map((c) => c.id);
  const unknown = answer.selectedChoices.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    fields.push({
      field: 'selectedChoices',
      message: say(M.choiceNotFound, { questionId: question.id, unknown: unknown.map((u) => `"${u}"`).join(', '), known: known.join(', ') }),
    });
  const seen = new Set<string>();
  for (const id of answer.selectedChoices) {
    if (seen.has(id)) fields.push({ field: 'selectedChoices', message: say(M.choiceTwice, { value: id }) });
    seen.add(id);
  }
  const none = answer.selectedChoices.filter(isNoneChoiceId);
  const others = answer.selectedChoices.filter((id) => !isNoneChoiceId(id));
  if (none.length > 0 && others.length > 0) fields.push({ field: 'selectedChoices', message: say(M.noneWithOthers, { none: none.join(', '), others: others.join(', ') }) });
  if (!answer.isApplicable && answer.selectedChoices.length > 0) fields.push({ field: 'selectedChoices', message: M.naWithChoices });
  let reason: NotApplicableReason | null = null;
  if (!answer.isApplicable && answer.reason !== null) {
    if ((NOT_APPLICABLE_REASONS as readonly string[]).includes(answer.reason)) reason = answer.reason as NotApplicableReason;
    else fields.push({ field: 'reason', message: say(M.reason, { value: answer.reason, known: NOT_APPLICABLE_REASONS.join(', ') }) });
  }
  const notesProblem = textProblem(answer.notes, MAX_NOTES, M.notesTooLong);
  if (notesProblem) fields.push({ field: 'notes', message: notesProblem });
  if (fields.length > 0) throw invalid(fields);
  return { selectedChoices: [...answer.selectedChoices], isApplicable: answer.isApplicable, reason, notes: answer.notes };
}
