// The review template model, declared once: the API schemas, the CLI's answers file and the views derive from it.
// A template holds answers (choices, per-choice not applicable, question not applicable with its reason, notes) for
// the questions it fills, per lens, and notes for the whole template.
import { z } from 'zod';
import { answerModel, MAX_NOTES, MAX_UNITS_PER_CHARACTER, NOT_APPLICABLE_REASONS } from './model.js';

export const TEMPLATE_LIMITS = { name: [3, 100], description: 250, notes: MAX_NOTES, lenses: 20, answers: 2000 } as const;

/** Why a choice does not apply: the question's reasons and NONE (as the W-A Tool's ChoiceUpdates). */
export const CHOICE_NA_REASONS = [...NOT_APPLICABLE_REASONS, 'NONE'] as const;

const text = (max: number) => z.string().max(max * MAX_UNITS_PER_CHARACTER);

export const notApplicableChoiceModel = z.object({
  choiceId: z.string().min(1).max(128),
  reason: z.enum(CHOICE_NA_REASONS).describe('why the choice does not apply'),
});

/** One question a template answers. */
export const templateAnswerModel = answerModel.extend({
  lensAlias: z.string().min(1).max(64).describe('the lens of the question, one of the template\'s lensAliases'),
  notApplicableChoices: z.array(notApplicableChoiceModel).max(50).describe('choices that do not apply, with their reason'),
});
export type TemplateAnswer = z.infer<typeof templateAnswerModel>;

/** A template answer as given: only lensAlias and questionId are needed (the rest: nothing chosen, applicable, no notes). */
export const templateAnswerInputModel = templateAnswerModel.partial({ selectedChoices: true, isApplicable: true, reason: true, notes: true, notApplicableChoices: true }).strict();
export type TemplateAnswerInput = z.infer<typeof templateAnswerInputModel>;

export const templateFieldsModel = z.object({
  templateName: text(TEMPLATE_LIMITS.name[1]).describe('3 to 100 characters, unique (case-insensitive)'),
  description: text(TEMPLATE_LIMITS.description).describe('at most 250 characters'),
  notes: text(TEMPLATE_LIMITS.notes).describe(`notes for the whole template, at most ${MAX_NOTES} characters`),
  lensAliases: z.array(z.string().min(1).max(64)).min(1).max(TEMPLATE_LIMITS.lenses).describe('the lenses the template answers questions of'),
});
export type TemplateFields = z.infer<typeof templateFieldsModel>;

/** A template as the CLI, the API and the pages show it. */
export const templateModel = z.object({
  templateId: z.string(),
  ...templateFieldsModel.shape,
  answers: z.array(templateAnswerModel),
  version: z.number().int().describe('send it back with an update; a stale version gets 409'),
  linkedWorkloads: z.number().int().describe('how many workloads hold answers from this template'),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().describe('who changed it last'),
});
export type TemplateView = z.infer<typeof templateModel>;

/** Where an answer came from: the template, and whether this workload changed it since (then the template no longer does). */
export const fromTemplateModel = z
  .object({ id: z.string(), name: z.string(), overridden: z.boolean().describe('true: changed on this workload; the template\'s changes no longer reach it') })
  .nullable();
export type FromTemplate = z.infer<typeof fromTemplateModel>;
