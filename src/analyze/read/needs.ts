// What a consumer reads from records, so the reader can skip building the rest. A query computes it once
// from its text (query/needs.ts); every other consumer takes everything. Skipping never changes which lines
// are records or bad lines: only values nobody asks for are left unread.

export interface RecordNeeds {
  /** JSON keys and the fields found in text lines (a runtime line's level, discovered VPC / Route 53 fields). */
  fields: boolean;
  /** `@requestId`. */
  requestId: boolean;
}

export const ALL_NEEDS: Readonly<RecordNeeds> = { fields: true, requestId: true };
