// Migration 0012_evidence_passes; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** Scan evidence names its passing resources (bounded per choice) and the types of the judged resources; older rows keep null. */
export const evidencePasses: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('scan_evidence').addColumn('passes', 'text').execute();
    await db.schema.alterTable('scan_evidence').addColumn('resource_types', 'text').execute();
  },
};
