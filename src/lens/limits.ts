// Limits of the AWS WA Tool custom-lens format ("Lens format specification in AWS WA Tool", ImportLens API),
// and stricter limits of the WA Tool API shapes that we report as warnings.

export const LENS_LIMITS = {
  /** ImportLens accepts at most 500 KB of JSON. */
  maxJsonCharacters: 500_000,
  /** Beyond this we refuse to even read a file: it cannot be a lens. */
  maxFileBytes: 5 * 1024 * 1024,
  nameLength: 128,
  descriptionLength: 2048,
  pillars: 10,
  pillarIdLength: [3, 128] as const,
  pillarNameLength: 128,
  questionsPerPillar: 20,
  questionIdLength: [3, 128] as const,
  questionTitleLength: 128,
  questionDescriptionLength: 2048,
  choicesPerQuestion: 15,
  choiceIdLength: [3, 128] as const,
  choiceTitleLength: 128,
  choiceTextLength: 2048,
  urlLength: 2048,
  riskRulesPerQuestion: 3,
  additionalResources: 2,
  additionalResourceItems: 5,
} as const;

/** The WA Tool API's own shapes are stricter than the format page; exceeding them earns a warning. */
export const API_SHAPE_LIMITS = {
  lensDescription: 1024,
  questionDescription: 1024,
  questionHelpfulDisplayText: 64,
  choiceText: 1024,
  pillarId: 64,
  choiceId: 64,
} as const;

export const ID_PATTERN = /^[A-Za-z0-9_]+$/;

/**
 * Characters ImportLens accepts in names, titles and descriptions (observed by sandbox tests, not in the spec,
 * so a violation is a warning): letters, digits, spaces, line breaks and a few punctuation marks.
 */
export const RESTRICTED_TEXT = /^[\p{L}\p{M}\p{N} \r\n\-_.,:/()@!&#+'?\u2019]*$/u;
