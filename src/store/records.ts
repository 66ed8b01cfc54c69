// What the store hands to the domain: plain records with parsed lists and real booleans.

export interface LensRecord {
  alias: string;
  name: string;
  builtin: boolean;
  createdAt: string;
}

export interface LensVersionRecord {
  lensAlias: string;
  version: string;
  label: string | null;
  document: string;
  documentJa: string | null;
  seq: number;
  createdAt: string;
}

export interface WorkloadRecord {
  id: string;
  name: string;
  description: string;
  environment: string;
  awsRegions: string[];
  accountIds: string[];
  reviewOwner: string;
  architecturalDesign: string;
  industry: string;
  pillarPriorities: string[];
  createdAt: string;
  updatedAt: string;
}

export interface LensReviewRecord {
  workloadId: string;
  lensAlias: string;
  lensVersion: string;
  position: number;
  updatedAt: string;
}

export interface AnswerRecord {
  questionId: string;
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  version: number;
  updatedAt: string;
}

export interface MilestoneRecord {
  workloadId: string;
  number: number;
  name: string;
  snapshot: string;
  createdAt: string;
}

export interface TokenRecord {
  id: string;
  name: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The fields an answer update writes. */
export interface AnswerValues {
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
}
