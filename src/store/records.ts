// What the store hands to the domain: plain records with parsed lists and real booleans. A workload's record
// is declared beside its row mapper (workloads.ts), the one store file a new workload field touches.
export type { WorkloadRecord } from './workloads.js';

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
