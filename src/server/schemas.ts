// Request and response schemas: the same zod objects validate requests and generate /api/openapi.json.
import { z } from 'zod';
import { ENVIRONMENTS, MAX_NOTES, NOT_APPLICABLE_REASONS } from '../review/validate.js';

const text = (max: number) => z.string().max(max * 4);
const stringList = z.array(z.string().max(400)).max(50);

export const workloadIdParam = z.string().min(1).max(200).describe('workload id, or its unique name (URL-encoded)');
export const lensAliasParam = z.string().min(1).max(64).describe('lens alias: "serverless" (built-in) or an imported lens');
export const questionIdParam = z.string().min(1).max(128).describe('question id, e.g. OPS1');
export const milestoneParam = z.string().regex(/^\d{1,9}$/).describe('milestone number');

export const langQuery = z.object({ lang: z.enum(['en', 'ja']).optional().describe('language of lens texts and messages (default: Accept-Language)') });

export const workloadFields = {
  description: text(250).optional().describe('at most 250 characters'),
  environment: z.enum(ENVIRONMENTS).optional().describe('PRODUCTION (default) or PREPRODUCTION'),
  awsRegions: stringList.optional().describe('AWS Regions, free text'),
  accountIds: stringList.optional().describe('AWS account ids, free text'),
  reviewOwner: text(255).optional(),
  architecturalDesign: text(2048).optional().describe('link to the architecture diagram (http or https)'),
  industry: text(100).optional(),
  pillarPriorities: z.array(z.string().max(128)).max(20).optional().describe('pillar ids, most important first'),
};

export const createWorkloadBody = z
  .object({
    workloadName: z.string().max(400).describe('3 to 100 characters, unique'),
    ...workloadFields,
    lenses: z.array(lensAliasParam).max(20).optional().describe('lens aliases to apply, e.g. ["serverless"]'),
  })
  .strict();

export const updateWorkloadBody = z
  .object({ workloadName: z.string().max(400).optional(), ...workloadFields })
  .strict();

export const associateLensesBody = z.object({ lensAliases: z.array(lensAliasParam).min(1).max(20) }).strict();

export const updateAnswerBody = z
  .object({
    selectedChoices: z.array(z.string().max(128)).max(50).optional().describe('choice ids; "<questionId>_no" (None of these) alone'),
    isApplicable: z.boolean().optional().describe('false: the question does not apply (clears the choices)'),
    reason: z.enum(NOT_APPLICABLE_REASONS).nullable().optional().describe('why the question does not apply'),
    notes: z.string().max(MAX_NOTES * 8).optional().describe(`at most ${MAX_NOTES} characters (emoji and Japanese count as one)`),
    version: z.number().int().min(0).describe('the answer version last read; a stale version gets 409'),
  })
  .strict();

export const createMilestoneBody = z.object({ milestoneName: z.string().max(400).describe('1 to 100 characters, unique per workload') }).strict();

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

export const riskCountsSchema = z.object({
  HIGH: z.number().int(),
  MEDIUM: z.number().int(),
  NONE: z.number().int(),
  NOT_APPLICABLE: z.number().int(),
  UNANSWERED: z.number().int(),
});

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
  pillars: z.array(z.object({ id: z.string(), name: z.string(), answered: z.number().int(), total: z.number().int(), riskCounts: riskCountsSchema })),
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
    }),
  ),
  improvementPlan: z.array(
    z.object({
      pillarId: z.string(),
      questionId: z.string(),
      title: z.string(),
      risk,
      improvements: z.array(z.object({ choiceId: z.string(), title: z.string(), text: z.string(), url: z.string().nullable() })),
    }),
  ),
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
});

export const workloadSchema = z.object({
  workloadId: z.string(),
  workloadName: z.string(),
  description: z.string(),
  environment: z.enum(ENVIRONMENTS),
  awsRegions: z.array(z.string()),
  accountIds: z.array(z.string()),
  reviewOwner: z.string(),
  architecturalDesign: z.string(),
  industry: z.string(),
  pillarPriorities: z.array(z.string()),
  lenses: z.array(z.string()),
  riskCounts: riskCountsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const milestoneSummarySchema = z.object({ milestoneNumber: z.number().int(), milestoneName: z.string(), recordedAt: z.string() });
