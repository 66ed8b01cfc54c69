// Validates a lens document against the AWS custom-lens format. Pure: returns issues with JSON paths;
// the caller turns paths into lines. Unknown extra fields are allowed (public lenses carry `_version` etc.).
import { conditionChoices, parseCondition } from './condition.js';
import { API_SHAPE_LIMITS, ID_PATTERN, LENS_LIMITS, RESTRICTED_TEXT } from './limits.js';
import { LENS_NOUNS as N, VALIDATE_MESSAGES as M } from './messages.js';
import { LENS_SCHEMA_VERSION, RISK_LEVELS, isNoneChoiceId } from './types.js';
import { fillLater, type Localized } from '../util/i18n.js';
import type { PathSegment } from '../util/json-source.js';

export interface LensPathIssue {
  path: PathSegment[];
  /** In English and Japanese; each output picks its language. */
  message: Localized;
  severity: 'error' | 'warning';
}

type Obj = Record<string, unknown>;

class Checker {
  readonly issues: LensPathIssue[] = [];

  error(path: PathSegment[], message: Localized): void {
    this.issues.push({ path, message, severity: 'error' });
  }

  warn(path: PathSegment[], message: Localized): void {
    this.issues.push({ path, message, severity: 'warning' });
  }

  object(value: unknown, path: PathSegment[], what: Localized): value is Obj {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    this.error(path, fillLater(M.notObject, { what }));
    return false;
  }

  array(owner: Obj, key: string, path: PathSegment[], min: number, max: number, what: Localized): unknown[] | undefined {
    const value = owner[key];
    if (value === undefined) {
      this.error(path, fillLater(M.required, { key }));
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.error([...path, key], fillLater(M.notArray, { key }));
      return undefined;
    }
    if (value.length < min) this.error([...path, key], fillLater(min === 1 ? M.tooFewOne : M.tooFew, { min, what }));
    if (value.length > max) this.error([...path, key], fillLater(M.tooMany, { max, what, count: value.length }));
    return value;
  }

  /** A string field: required or optional, with a maximum length and optional extra checks. */
  text(owner: Obj, key: string, path: PathSegment[], opts: { required: boolean; max: number; apiMax?: number; restricted?: boolean; allowEmpty?: boolean }): string | undefined {
    const value = owner[key];
    const at = [...path, key];
    if (value === undefined) {
      if (opts.required) this.error(path, fillLater(M.required, { key }));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(at, fillLater(M.notString, { key }));
      return undefined;
    }
    if (value.trim() === '' && !opts.allowEmpty) this.error(at, fillLater(M.empty, { key }));
    if (value.length > opts.max) this.error(at, fillLater(M.tooLong, { key, length: value.length, max: opts.max }));
    else if (opts.apiMax !== undefined && value.length > opts.apiMax) this.warn(at, fillLater(M.apiTooLong, { key, length: value.length, max: opts.apiMax }));
    if (opts.restricted && !RESTRICTED_TEXT.test(value)) {
      const bad = [...value].find((ch) => !RESTRICTED_TEXT.test(ch)) ?? '';
      this.warn(at, fillLater(M.restricted, { key, char: bad }));
    }
    return value;
  }

  id(owner: Obj, path: PathSegment[], [min, max]: readonly [number, number], apiMax: number, what: Localized): string | undefined {
    const value = owner.id;
    if (value === undefined) {
      this.error(path, fillLater(M.required, { key: 'id' }));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error([...path, 'id'], fillLater(M.notString, { key: 'id' }));
      return undefined;
    }
    if (value.length < min || value.length > max) this.error([...path, 'id'], fillLater(M.idLength, { what, id: value, min, max }));
    else if (value.length > apiMax) this.warn([...path, 'id'], fillLater(M.idApiLong, { what, id: value, max: apiMax }));
    if (!ID_PATTERN.test(value)) this.error([...path, 'id'], fillLater(M.idPattern, { what, id: value }));
    return value;
  }

  url(owner: Obj, key: string, path: PathSegment[]): void {
    const value = owner[key];
    if (value === undefined) return;
    const at = [...path, key];
    if (typeof value !== 'string') return this.error(at, fillLater(M.notString, { key }));
    // Published lenses carry empty URLs and the WA Tool shows no link for them.
    if (value === '') return this.warn(at, fillLater(M.urlEmpty, { key }));
    if (value.length > LENS_LIMITS.urlLength) return this.error(at, fillLater(M.urlTooLong, { key, max: LENS_LIMITS.urlLength }));
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return this.error(at, fillLater(M.urlInvalid, { key, value }));
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') this.error(at, fillLater(M.urlScheme, { key, value }));
  }

  resource(owner: Obj, key: string, path: PathSegment[], opts: { required: boolean; maxText: number; apiMax: number }): void {
    const value = owner[key];
    if (value === undefined) {
      if (opts.required) this.error(path, fillLater(M.required, { key }));
      return;
    }
    const at = [...path, key];
    if (!this.object(value, at, fillLater(N.field, { key }))) return;
    this.text(value, 'displayText', at, { required: true, max: opts.maxText, apiMax: opts.apiMax });
    this.url(value, 'url', at);
  }
}

function unique(checker: Checker, seen: Map<string, number>, id: string | undefined, path: PathSegment[], what: Localized): void {
  if (id === undefined) return;
  const first = seen.get(id);
  if (first !== undefined) checker.error([...path, 'id'], fillLater(M.idTwice, { what, id, first }));
  else seen.set(id, path[path.length - 1] as number);
}

function checkChoice(c: Checker, choice: unknown, path: PathSegment[]): string | undefined {
  if (!c.object(choice, path, N.choice)) return undefined;
  const id = c.id(choice, path, LENS_LIMITS.choiceIdLength, API_SHAPE_LIMITS.choiceId, N.choiceId);
  const none = id !== undefined && isNoneChoiceId(id);
  c.text(choice, 'title', path, { required: true, max: LENS_LIMITS.choiceTitleLength, restricted: true });
  c.text(choice, 'description', path, { required: false, max: LENS_LIMITS.choiceTextLength, apiMax: API_SHAPE_LIMITS.choiceText, allowEmpty: true });
  const limits = { maxText: LENS_LIMITS.choiceTextLength, apiMax: API_SHAPE_LIMITS.choiceText };
  c.resource(choice, 'helpfulResource', path, { required: false, ...limits });
  // Every best practice needs an improvement plan; a "None of these" choice has nothing to improve.
  c.resource(choice, 'improvementPlan', path, { required: !none, ...limits });
  const extra = choice.additionalResources;
  if (extra !== undefined) {
    const list = c.array(choice, 'additionalResources', path, 0, LENS_LIMITS.additionalResources, N.additionalResources);
    const types = new Set<string>();
    list?.forEach((entry, i) => {
      const at = [...path, 'additionalResources', i];
      if (!c.object(entry, at, N.additionalResource)) return;
      if (entry.type !== 'HELPFUL_RESOURCE' && entry.type !== 'IMPROVEMENT_PLAN') c.error([...at, 'type'], M.resourceType);
      else if (types.has(entry.type)) c.error([...at, 'type'], fillLater(M.resourceTypeTwice, { type: entry.type }));
      else types.add(entry.type);
      const content = c.array(entry, 'content', at, 1, LENS_LIMITS.additionalResourceItems, N.contentItems);
      content?.forEach((item, j) => {
        const itemPath = [...at, 'content', j];
        if (!c.object(item, itemPath, N.contentItem)) return;
        c.text(item, 'displayText', itemPath, { required: true, max: LENS_LIMITS.choiceTextLength, apiMax: API_SHAPE_LIMITS.choiceText });
        c.url(item, 'url', itemPath);
      });
    });
  }
  return id;
}

function checkRiskRules(c: Checker, question: Obj, path: PathSegment[], choiceIds: ReadonlySet<string>): void {
  const rules = c.array(question, 'riskRules', path, 1, LENS_LIMITS.riskRulesPerQuestion, N.riskRules);
  if (!rules) return;
  const risks = new Set<string>();
  let defaultAt = -1;
  rules.forEach((rule, i) => {
    const at = [...path, 'riskRules', i];
    if (!c.object(rule, at, N.riskRule)) return;
    if (typeof rule.risk !== 'string' || !(RISK_LEVELS as readonly string[]).includes(rule.risk)) {
      c.error(rule.risk === undefined ? at : [...at, 'risk'], fillLater(M.risk, { levels: RISK_LEVELS.join(', ') }));
    } else if (risks.has(rule.risk)) {
      c.error([...at, 'risk'], fillLater(M.riskTwice, { risk: rule.risk }));
    } else risks.add(rule.risk);
    if (typeof rule.condition !== 'string') {
      c.error(rule.condition === undefined ? at : [...at, 'condition'], fillLater(M.notString, { key: 'condition' }));
      return;
    }
    const parsed = parseCondition(rule.condition);
    if (!parsed.ok) {
      c.error([...at, 'condition'], fillLater(M.conditionSyntax, { condition: rule.condition, column: parsed.column, message: parsed.message }));
      return;
    }
    if (parsed.condition.kind === 'default') {
      if (defaultAt === -1) defaultAt = i;
      else c.error([...at, 'condition'], M.defaultTwice);
    } else if (defaultAt !== -1) {
      c.warn([...at, 'condition'], M.afterDefault);
    }
    for (const { id, column } of conditionChoices(parsed.condition)) {
      if (!choiceIds.has(id)) c.error([...at, 'condition'], fillLater(M.unknownChoice, { id, column }));
    }
  });
  if (defaultAt === -1) c.warn([...path, 'riskRules'], M.noDefault);
}

function checkQuestion(c: Checker, question: unknown, path: PathSegment[]): string | undefined {
  if (!c.object(question, path, N.question)) return undefined;
  const id = c.id(question, path, LENS_LIMITS.questionIdLength, LENS_LIMITS.questionIdLength[1], N.questionId);
  c.text(question, 'title', path, { required: true, max: LENS_LIMITS.questionTitleLength, restricted: true });
  c.text(question, 'description', path, { required: true, max: LENS_LIMITS.questionDescriptionLength, apiMax: API_SHAPE_LIMITS.questionDescription, restricted: true });
  c.resource(question, 'helpfulResource', path, { required: false, maxText: LENS_LIMITS.choiceTextLength, apiMax: API_SHAPE_LIMITS.questionHelpfulDisplayText });
  const choices = c.array(question, 'choices', path, 1, LENS_LIMITS.choicesPerQuestion, N.choices);
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  let noneCount = 0;
  choices?.forEach((choice, i) => {
    const at = [...path, 'choices', i];
    const choiceId = checkChoice(c, choice, at);
    unique(c, seen, choiceId, at, N.choiceId);
    if (choiceId !== undefined) {
      ids.add(choiceId);
      if (isNoneChoiceId(choiceId) && ++noneCount === 2) c.error([...at, 'id'], M.noneTwice);
    }
  });
  if (choices && choices.length > 0 && noneCount === choices.length) c.error([...path, 'choices'], M.onlyNone);
  checkRiskRules(c, question, path, ids);
  return id;
}

export function validateLensValue(value: unknown): LensPathIssue[] {
  const c = new Checker();
  if (!c.object(value, [], N.lens)) return c.issues;
  if (value.schemaVersion === undefined) c.error([], fillLater(M.required, { key: 'schemaVersion' }));
  else if (value.schemaVersion !== LENS_SCHEMA_VERSION)
    c.error(['schemaVersion'], fillLater(M.schemaVersion, { expected: LENS_SCHEMA_VERSION, found: JSON.stringify(value.schemaVersion) }));
  c.text(value, 'name', [], { required: true, max: LENS_LIMITS.nameLength, restricted: true });
  c.text(value, 'description', [], { required: true, max: LENS_LIMITS.descriptionLength, apiMax: API_SHAPE_LIMITS.lensDescription, restricted: true });
  const pillars = c.array(value, 'pillars', [], 1, LENS_LIMITS.pillars, N.pillars);
  const pillarIds = new Map<string, number>();
  const questionIds = new Map<string, number>();
  pillars?.forEach((pillar, i) => {
    const at: PathSegment[] = ['pillars', i];
    if (!c.object(pillar, at, N.pillar)) return;
    unique(c, pillarIds, c.id(pillar, at, LENS_LIMITS.pillarIdLength, API_SHAPE_LIMITS.pillarId, N.pillarId), at, N.pillarId);
    c.text(pillar, 'name', at, { required: true, max: LENS_LIMITS.pillarNameLength, restricted: true });
    const questions = c.array(pillar, 'questions', at, 1, LENS_LIMITS.questionsPerPillar, N.questions);
    questions?.forEach((question, j) => {
      const qPath = [...at, 'questions', j];
      const id = checkQuestion(c, question, qPath);
      // Question ids identify answers across the whole lens, so they must be unique lens-wide.
      if (id !== undefined) {
        if (questionIds.has(id)) c.error([...qPath, 'id'], fillLater(M.questionIdTwice, { id }));
        else questionIds.set(id, j);
      }
    });
  });
  return c.issues;
}
