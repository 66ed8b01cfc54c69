// Request and response schemas: the same zod objects validate requests and generate /api/openapi.json.
// Those of workloads, answers and milestones derive from the review models (src/review/model.ts).
import { z } from 'zod';
import { CHOICE_REASONS } from '../review/choice-states.js';
import { fromTemplateModel } from '../review/template-model.js';
import { answerModel, milestoneModel, riskCountsModel, workloadFieldsModel, workloadModel } from '../review/model.js';

export const workloadIdParam = z.string().min(1).max(200).describe('workload id, or its unique name (URL-encoded)');
export const lensAliasParam = z.string().min(1).max(64).describe('lens alias: "serverless" (built-in) or an imported lens');
export const questionIdParam = z.string().min(1).max(128).describe('question id, e.g. OPS1');
export const milestoneParam = z.string().regex(/^\d{1,9}$/).describe('milestone number');

export const langQuery = z.object({ lang: z.enum(['en', 'ja']).optional().describe('language of lens texts and messages (default: Accept-Language)') });

const workloadFields = workloadFieldsModel.partial().shape;

export const createWorkloadBody = z
  .object({
    ...workloadFields,
    workloadName: workloadFieldsModel.shape.workloadName,
    lenses: z.array(lensAliasParam).max(20).optional().describe('lens aliases to apply, e.g. ["serverless"]'),
    reviewTemplates: z.array(z.string().min(1).max(200)).max(10).optional().describe('review template ids or names: their lenses and answers are applied'),
  })
  .strict();

export const updateWorkloadBody = z.object(workloadFields).strict();

export const associateLensesBody = z.object({ lensAliases: z.array(lensAliasParam).min(1).max(20) }).strict();

export const updateAnswerBody = answerModel
  .pick({ selectedChoices: true, isApplicable: true, reason: true, notes: true })
  .partial()
  .extend({ version: z.number().int().min(0).describe('the answer version last read; a stale version gets 409') })
  .strict();

export const createMilestoneBody = z.object({ milestoneName: milestoneModel.shape.milestoneName }).strict();

export const compareQuery = z.object({
  base: z.string().min(1).max(200).describe('milestone number or name'),
  target: z.string().min(1).max(200).default('current').describe('milestone number or name, or "current"'),
  lang: z.enum(['en', 'ja']).optional(),
});

export const importLensBody = z
  .object({
    lensAlias: z.string().max(64).optional().describe('alias to store the lens under (default: from its name)'),
    lens: z.record(z.string(), z.unknown()).optional().describe('the custom-lens JSON document'),
    jsonString: z.string().max(600_000).optional().describe('the custom-lens JSON as text (as in the AWS ImportLens API)'),
  })
  .strict()
  .refine((b) => (b.lens === undefined) !== (b.jsonString === undefined), { message: 'give exactly one of "lens" or "jsonString"', path: ['lens'] });

export const lensQuery = z.object({ version: z.string().max(32).optional(), lang: z.enum(['en', 'ja']).optional() });

export const importWorkloadQuery = z.object({ name: z.string().max(400).optional().describe('import under this name instead') });

export const riskCountsSchema = riskCountsModel;

export const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  currentVersion: z.number().int().optional(),
});

const risk = z.enum(['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED']);

export const reviewSchema = z.object({
  workload: z.object({ id: z.string(), name: z.string() }),
  lens: z.object({ alias: z.string(), name: z.string(), version: z.string(), versionLabel: z.string().nullable(), latestVersion: z.string(), upgradeAvailable: z.boolean() }),
  riskCounts: riskCountsSchema,
  prioritizedRiskCounts: riskCountsSchema.describe("risk counts over the questions the workload's profile makes a priority"),
  pillars: z.array(z.object({ id: z.string(), name: z.string(), answered: z.number().int(), total: z.number().int(), riskCounts: riskCountsSchema, prioritizedRiskCounts: riskCountsSchema })),
  questions: z.array(
    z.object({
      id: z.string(),
      pillarId: z.string(),
      title: z.string(),
      risk,
      selectedChoices: z.array(z.string()),
      notApplicable: z.boolean(),
      reason: z.string().nullable(),
      notes: z.string(),
      version: z.number().int(),
      prioritized: z.boolean().describe("the workload's profile makes this question a priority"),
    }),
  ),
  improvementPlan: z.array(
    z.object({
      pillarId: z.string(),
      questionId: z.string(),
      title: z.string(),
      risk,
      prioritized: z.boolean().describe('prioritized questions come first'),
      improvements: z.array(z.object({ choiceId: z.string(), title: z.string(), text: z.string(), url: z.string().nullable() })),
    }),
  ),
});

export const choiceStateSchema = z.object({
  choiceId: z.string(),
  status: z.enum(['SELECTED', 'UNSELECTED', 'NOT_APPLICABLE']),
  reason: z.enum(CHOICE_REASONS).nullable().describe('why the choice does not apply (NOT_APPLICABLE), else null'),
  notes: z.string(),
});

export const answerSchema = z.object({
  questionId: z.string(),
  pillarId: z.string(),
  questionTitle: z.string(),
  questionDescription: z.string(),
  choices: z.array(z.object({ choiceId: z.string(), title: z.string(), description: z.string(), helpfulResource: z.object({ displayText: z.string(), url: z.string().nullable() }).nullable() })),
  selectedChoices: z.array(z.string()),
  isApplicable: z.boolean(),
  reason: z.string().nullable(),
  notes: z.string(),
  risk,
  version: z.number().int(),
  prioritized: z.boolean().describe("the workload's profile makes this question a priority"),
  choiceStates: z.array(choiceStateSchema).describe('choices marked not applicable (with their reason) or carrying a note'),
  fromTemplate: fromTemplateModel.optional().describe('the review template the answer came from, or null'),
});

export const workloadSchema = workloadModel;

export const milestoneSummarySchema = milestoneModel;
