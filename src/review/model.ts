// The review models, each declared once: the service's inputs and views, the API schemas and the export
// format derive from these objects, so a new field is written here and in the store's row mapper only.
import { z } from 'zod';

export const ENVIRONMENTS = ['PRODUCTION', 'PREPRODUCTION'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const NOT_APPLICABLE_REASONS = ['OUT_OF_SCOPE', 'BUSINESS_PRIORITIES', 'ARCHITECTURE_CONSTRAINTS', 'OTHER'] as const;
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number];
/** The WA Tool's limit on answer notes, counted in characters as a person counts them. */
export const MAX_NOTES = 2084;
/** Code units one character may take here (a family emoji takes 11): text longer than this per character is refused uncounted. */
export const MAX_UNITS_PER_CHARACTER = 8;

/** Limits in characters, as a person counts them (validate.ts counts; the schemas bound the code units). */
export const WORKLOAD_LIMITS = {
  name: [3, 100],
  description: 250,
  listEntries: 50,
  listEntryLength: 100,
  reviewOwner: 255,
  architecturalDesign: 2048,
  industry: 100,
} as const;

/** Text of at most `max` characters: the schema refuses what cannot fit, validate.ts counts the rest. */
const text = (max: number) => z.string().max(max * MAX_UNITS_PER_CHARACTER);
const list = z.array(text(WORKLOAD_LIMITS.listEntryLength)).max(WORKLOAD_LIMITS.listEntries);

export const riskCountsModel = z.object({
  HIGH: z.number().int(),
  MEDIUM: z.number().int(),
  NONE: z.number().int(),
  NOT_APPLICABLE: z.number().int(),
  UNANSWERED: z.number().int(),
});

/**
 * A workload's own fields. Free-text fields other than the name, the design link and the environment are
 * checked alike by validate.ts (trimmed, at most their limit in WORKLOAD_LIMITS or FREE_TEXT_LIMITS).
 */
export const workloadFieldsModel = z.object({
  workloadName: text(WORKLOAD_LIMITS.name[1]).describe('3 to 100 characters, unique'),
  description: text(WORKLOAD_LIMITS.description).describe('at most 250 characters'),
  environment: z.enum(ENVIRONMENTS).describe('PRODUCTION (default) or PREPRODUCTION'),
  awsRegions: list.describe('AWS Regions, free text'),
  accountIds: list.describe('AWS account ids, free text'),
  reviewOwner: text(WORKLOAD_LIMITS.reviewOwner),
  architecturalDesign: text(WORKLOAD_LIMITS.architecturalDesign).describe('link to the architecture diagram (http or https)'),
  industry: text(WORKLOAD_LIMITS.industry),
  pillarPriorities: z.array(z.string().max(128)).max(20).describe('pillar ids, most important first'),
});
export type WorkloadFields = z.infer<typeof workloadFieldsModel>;
export type WorkloadInput = Partial<WorkloadFields>;

/** Plain free-text fields of a workload and their limits in characters: a new one is added here and in the model. */
export const FREE_TEXT_LIMITS = {
  description: WORKLOAD_LIMITS.description,
  reviewOwner: WORKLOAD_LIMITS.reviewOwner,
  industry: WORKLOAD_LIMITS.industry,
} as const satisfies Partial<Record<keyof WorkloadFields, number>>;

/** A workload as the CLI, the API and the pages show it. */
export const workloadModel = z.object({
  workloadId: z.string(),
  ...workloadFieldsModel.shape,
  lenses: z.array(z.string()),
  riskCounts: riskCountsModel,
  /** Risk counts over the questions the workload's profile makes a priority. */
  prioritizedRiskCounts: riskCountsModel,
  profile: z.object({ profileId: z.string(), profileName: z.string(), version: z.number().int() }).nullable().describe('the attached profile, if any'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkloadView = z.infer<typeof workloadModel>;

/** What a person answers to one question (the risk follows from the lens). */
export const answerModel = z.object({
  questionId: z.string().min(1).max(128),
  selectedChoices: z.array(z.string().max(128)).max(50).describe('choice ids; "<questionId>_no" (None of these) alone'),
  isApplicable: z.boolean().describe('false: the question does not apply (clears the choices)'),
  reason: z.enum(NOT_APPLICABLE_REASONS).nullable().describe('why the question does not apply'),
  notes: text(MAX_NOTES).describe(`at most ${MAX_NOTES} characters (emoji and Japanese count as one)`),
});
export type AnswerValues = z.infer<typeof answerModel>;

/** A milestone: a numbered, named, dated frozen copy of every lens review of a workload. */
export const milestoneModel = z.object({
  milestoneNumber: z.number().int().min(1).max(1_000_000),
  milestoneName: text(100).describe('1 to 100 characters, unique per workload'),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type MilestoneSummary = z.infer<typeof milestoneModel>;

export const IMPROVEMENT_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'WONT_DO'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_LIMITS = { owner: 100, reason: 500 } as const;

/**
 * One best practice of the improvement plan as a team works on it: a choice not yet in place, its status
 * (WONT_DO needs a reason), who owns it and when it is due. A choice nobody touched is OPEN at version 0.
 */
export const improvementItemModel = z.object({
  questionId: z.string().min(1).max(128),
  choiceId: z.string().min(1).max(128),
  status: z.enum(IMPROVEMENT_STATUSES).describe('OPEN, IN_PROGRESS, DONE or WONT_DO (needs a reason)'),
  reason: text(IMPROVEMENT_LIMITS.reason).describe(`why it will not be done (WONT_DO), at most ${IMPROVEMENT_LIMITS.reason} characters`),
  owner: text(IMPROVEMENT_LIMITS.owner).describe(`who works on it, at most ${IMPROVEMENT_LIMITS.owner} characters`),
  due: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .describe('due date YYYY-MM-DD, or empty'),
});
export type ImprovementItemValues = z.infer<typeof improvementItemModel>;
