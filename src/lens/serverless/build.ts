// Projects the bilingual source onto one language as an AWS custom-lens document (schemaVersion 2021-11-01).
import type { Lang, Localized } from '../../util/i18n.js';
import {
  LENS_SCHEMA_VERSION,
  type Lens,
  type LensChoice,
  type LensQuestion,
  type LensResource,
  type LensRiskRule,
} from '../types.js';
import { SERVERLESS_LENS_DESCRIPTION, SERVERLESS_LENS_NAME, SERVERLESS_PILLARS } from './index.js';
import type { ChoiceSource, QuestionSource, ResourceSource } from './source-types.js';

export { SERVERLESS_LENS_VERSION } from './version.js';

/** The console's wording for the "None of these" choice (seed talk: WA Tool console in Japanese). */
export const NONE_OF_THESE: Localized = { en: 'None of these', ja: 'いずれも該当しません' };

export interface QuestionEssentials {
  questionId: string;
  choices: readonly string[];
  why: Localized;
}

/** Per question: the choices whose absence is a real risk, and why (both languages). */
export const SERVERLESS_ESSENTIALS: readonly QuestionEssentials[] = SERVERLESS_PILLARS.flatMap((pillar) =>
  pillar.questions.map((q) => ({ questionId: q.id, choices: q.essential.choices, why: q.essential.why })),
);

/** The essential choices of one question, or undefined for a question id the lens does not have. */
export function essentialsFor(questionId: string): QuestionEssentials | undefined {
  return SERVERLESS_ESSENTIALS.find((e) => e.questionId === questionId);
}

export function noneChoiceId(questionId: string): string {
  return `${questionId}_no`;
}

/**
 * Three rules, first match wins: every best practice → NO_RISK, every essential one → MEDIUM_RISK, else HIGH_RISK.
 * `!<Q>_no` guards the first two: the WA Tool stores "None of these" alongside other ticks rather than clearing them.
 */
export function riskRulesFor(question: QuestionSource): LensRiskRule[] {
  const guard = `!${noneChoiceId(question.id)}`;
  const all = question.choices.map((c) => c.id);
  return [
    { condition: [...all, guard].join(' && '), risk: 'NO_RISK' },
    { condition: [...question.essential.choices, guard].join(' && '), risk: 'MEDIUM_RISK' },
    { condition: 'default', risk: 'HIGH_RISK' },
  ];
}

const AWS_DOCS = 'https://docs.aws.amazon.com/';

/**
 * The same page in the reader's language: AWS documentation serves Japanese under /ja_jp/ (falling back to
 * English where a page is not translated). Powertools docs exist in English only, so they keep their URL.
 */
export function localizedUrl(url: string, lang: Lang): string {
  if (lang === 'en' || !url.startsWith(AWS_DOCS) || url.startsWith(`${AWS_DOCS}powertools/`)) return url;
  return `${AWS_DOCS}ja_jp/${url.slice(AWS_DOCS.length)}`;
}

function resource(source: ResourceSource, lang: Lang): LensResource {
  return { displayText: source.text[lang], url: localizedUrl(source.url, lang) };
}

function buildChoice(choice: ChoiceSource, lang: Lang): LensChoice {
  return {
    id: choice.id,
    title: choice.title[lang],
    description: choice.description[lang],
    helpfulResource: resource(choice.helpfulResource, lang),
    improvementPlan: resource(choice.improvementPlan, lang),
  };
}

const ESSENTIAL_LEAD: Localized = {
  en: 'Essential practices (high risk when one is missing):',
  ja: '必須のプラクティス (1 つでも欠けると高リスク):',
};

/**
 * The question description as the WA Tool shows it: our text, then the essential practices by title, so a team
 * answering in the console sees what decides between medium and high risk. Import-safe characters only.
 */
export function questionDescription(question: QuestionSource, lang: Lang): string {
  const titles = question.essential.choices.map((id, i) => {
    const choice = question.choices.find((c) => c.id === id);
    if (!choice) throw new Error(`${question.id}: essential choice ${id} is not a choice of the question`);
    return `(${i + 1}) ${choice.title[lang]}`;
  });
  return `${question.description[lang]} ${ESSENTIAL_LEAD[lang]} ${titles.join(' ')}`;
}

function buildQuestion(question: QuestionSource, lang: Lang): LensQuestion {
  return {
    id: question.id,
    title: question.title[lang],
    description: questionDescription(question, lang),
    helpfulResource: resource(question.helpfulResource, lang),
    choices: [
      ...question.choices.map((c) => buildChoice(c, lang)),
      // As in public custom lenses: an empty description and no improvement plan.
      { id: noneChoiceId(question.id), title: NONE_OF_THESE[lang], description: '' },
    ],
    riskRules: riskRulesFor(question),
  };
}

/** The built-in Serverless Lens in one language. Pure and deterministic: same input, same object. */
export function buildServerlessLens(lang: Lang): Lens {
  return {
    schemaVersion: LENS_SCHEMA_VERSION,
    name: SERVERLESS_LENS_NAME[lang],
    description: SERVERLESS_LENS_DESCRIPTION[lang],
    pillars: SERVERLESS_PILLARS.map((pillar) => ({
      id: pillar.id,
      name: pillar.name[lang],
      questions: pillar.questions.map((q) => buildQuestion(q, lang)),
    })),
  };
}
