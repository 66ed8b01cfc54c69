// Between the store's records and the review models: the one place a record becomes model fields and back,
// by spreading, so a new workload field passes through without being named here.
import type { AnswerRecord, WorkloadRecord } from '../store/records.js';
import type { AnswerValues, Environment, NotApplicableReason, WorkloadFields } from './model.js';

/** The model fields of a stored workload. */
export function workloadFieldsOf(w: WorkloadRecord): WorkloadFields {
  const { id: _id, name, createdAt: _created, updatedAt: _updated, ...fields } = w;
  return { ...fields, workloadName: name, environment: fields.environment as Environment };
}

/** The record of a workload with these fields. */
export function workloadRecordOf(id: string, fields: WorkloadFields, createdAt: string, updatedAt: string): WorkloadRecord {
  const { workloadName, ...rest } = fields;
  return { ...rest, id, name: workloadName, createdAt, updatedAt };
}

/** What was answered, without the store's version and time. */
export function answerValuesOf(a: AnswerRecord): AnswerValues {
  return { questionId: a.questionId, selectedChoices: a.selectedChoices, isApplicable: a.isApplicable, reason: a.reason as NotApplicableReason | null, notes: a.notes };
}
