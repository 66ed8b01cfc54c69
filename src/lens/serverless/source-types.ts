// The one source of the built-in Serverless Lens: every text is an English/Japanese pair, so the two
// published lens files are projections of the same data and cannot drift apart.
import type { Localized } from '../../util/i18n.js';

/** A link with its text in both languages; the URL is the same page for both (AWS docs redirect by locale). */
export interface ResourceSource {
  text: Localized;
  url: string;
}

export interface ChoiceSource {
  id: string;
  /** The official best-practice title (English from the lens, Japanese as the WA Tool console shows it). */
  title: Localized;
  /** What doing this means, in our words. */
  description: Localized;
  helpfulResource: ResourceSource;
  /** Concrete steps, naming the AWS feature or tool to use. */
  improvementPlan: ResourceSource;
}

/** Which choices a question cannot do without: all of them selected is at worst MEDIUM_RISK. */
export interface EssentialSource {
  choices: readonly string[];
  why: Localized;
}

export interface QuestionSource {
  id: string;
  title: Localized;
  description: Localized;
  helpfulResource: ResourceSource;
  /** Best practices in display order; the "None of these" choice is added by the builder. */
  choices: readonly ChoiceSource[];
  essential: EssentialSource;
}

export interface PillarSource {
  id: 'operationalExcellence' | 'security' | 'reliability' | 'performance' | 'costOptimization';
  name: Localized;
  questions: readonly QuestionSource[];
}

/** Shorthand for a Localized pair: `l(english, japanese)`. */
export function l(en: string, ja: string): Localized {
  return { en, ja };
}
