// Persistence only: typed reads and writes over Kysely, the same queries for SQLite and PostgreSQL.
// Validation and meaning live in src/review/; this layer never decides what an answer means.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import type {
  AnswerRecord,
  AnswerValues,
  LensRecord,
  LensReviewRecord,
  LensVersionRecord,
  MilestoneRecord,
  TokenRecord,
  WorkloadRecord,
} from './records.js';

type Db = Kysely<Database> | Transaction<Database>;
export type LensVersionMeta = Omit<LensVersionRecord, 'document' | 'documentJa'>;

const list = (text: string): string[] => JSON.parse(text) as string[];

function workloadRecord(row: Database['workloads']): WorkloadRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    environment: row.environment,
    awsRegions: list(row.aws_regions),
    accountIds: list(row.account_ids),
    reviewOwner: row.review_owner,
    architecturalDesign: row.architectural_design,
    industry: row.industry,
    pillarPriorities: list(row.pillar_priorities),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function workloadRow(w: WorkloadRecord): Database['workloads'] {
  return {
    id: w.id,
    name: w.name,
    name_key: w.name.toLowerCase(),
    description: w.description,
    environment: w.environment,
    aws_regions: JSON.stringify(w.awsRegions),
    account_ids: JSON.stringify(w.accountIds),
    review_owner: w.reviewOwner,
    architectural_design: w.architecturalDesign,
    industry: w.industry,
    pillar_priorities: JSON.stringify(w.pillarPriorities),
    created_at: w.createdAt,
    updated_at: w.updatedAt,
  };
}

function answerRecord(row: Pick<Database['answers'], 'question_id' | 'selected_choices' | 'is_applicable' | 'reason' | 'notes' | 'version' | 'updated_at'>): AnswerRecord {
  return {
    questionId: row.question_id,
    selectedChoices: list(row.selected_choices),
    isApplicable: Number(row.is_applicable) === 1,
    reason: row.reason,
    notes: row.notes,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

function versionRecord(row: Database['lens_versions']): LensVersionRecord {
  return {
    lensAlias: row.lens_alias,
    version: row.version,
    label: row.label,
    document: row.document,
    documentJa: row.document_ja,
    seq: Number(row.seq),
    createdAt: row.created_at,
  };
}

/** A unique or primary-key violation on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class Store {
  constructor(
    readonly db: Db,
    private readonly inTransaction = false,
  ) {}

  /** Runs `work` in one transaction (reused when already inside one): all of it is written, or none. */
  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return (this.db as Kysely<Database>).transaction().execute((trx) => work(new Store(trx, true)));
  }

  // Lenses

  async getLens(alias: string): Promise<LensRecord | undefined> {
    const row = await this.db.selectFrom('lenses').selectAll().where('alias', '=', alias).executeTakeFirst();
    return row && { alias: row.alias, name: row.name, builtin: Number(row.builtin) === 1, createdAt: row.created_at };
  }

  async listLenses(): Promise<LensRecord[]> {
    const rows = await this.db.selectFrom('lenses').selectAll().orderBy('alias').execute();
    return rows.map((row) => ({ alias: row.alias, name: row.name, builtin: Number(row.builtin) === 1, createdAt: row.created_at }));
  }

  async insertLens(lens: LensRecord): Promise<void> {
    await this.db
      .insertInto('lenses')
      .values({ alias: lens.alias, name: lens.name, builtin: lens.builtin ? 1 : 0, created_at: lens.createdAt })
      .execute();
  }

  async renameLens(alias: string, name: string): Promise<void> {
    await this.db.updateTable('lenses').set({ name }).where('alias', '=', alias).execute();
  }

  async getLensVersion(alias: string, version: string): Promise<LensVersionRecord | undefined> {
    const row = await this.db.selectFrom('lens_versions').selectAll().where('lens_alias', '=', alias).where('version', '=', version).executeTakeFirst();
    return row && versionRecord(row);
  }

  /** A version without its documents (cheap: the documents are large and never change). */
  async getLensVersionMeta(alias: string, version?: string): Promise<LensVersionMeta | undefined> {
    let query = this.db.selectFrom('lens_versions').select(['lens_alias', 'version', 'label', 'seq', 'created_at']).where('lens_alias', '=', alias);
    query = version === undefined ? query.orderBy('seq', 'desc').limit(1) : query.where('version', '=', version);
    const r = await query.executeTakeFirst();
    return r && { lensAlias: r.lens_alias, version: r.version, label: r.label, seq: Number(r.seq), createdAt: r.created_at };
  }

  async getLensDocuments(alias: string, version: string): Promise<{ document: string; documentJa: string | null } | undefined> {
    const r = await this.db.selectFrom('lens_versions').select(['document', 'document_ja']).where('lens_alias', '=', alias).where('version', '=', version).executeTakeFirst();
    return r && { document: r.document, documentJa: r.document_ja };
  }

  async latestLensVersion(alias: string): Promise<LensVersionRecord | undefined> {
    const row = await this.db.selectFrom('lens_versions').selectAll().where('lens_alias', '=', alias).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row && versionRecord(row);
  }

  /** Versions newest first, without their documents. */
  async listLensVersions(alias: string): Promise<LensVersionMeta[]> {
    const rows = await this.db
      .selectFrom('lens_versions')
      .select(['lens_alias', 'version', 'label', 'seq', 'created_at'])
      .where('lens_alias', '=', alias)
      .orderBy('seq', 'desc')
      .execute();
    return rows.map((r) => ({ lensAlias: r.lens_alias, version: r.version, label: r.label, seq: Number(r.seq), createdAt: r.created_at }));
  }

  async insertLensVersion(v: Omit<LensVersionRecord, 'seq'>): Promise<LensVersionRecord> {
    const top = await this.db
      .selectFrom('lens_versions')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('lens_alias', '=', v.lensAlias)
      .executeTakeFirst();
    const seq = Number(top?.seq ?? 0) + 1;
    await this.db
      .insertInto('lens_versions')
      .values({ lens_alias: v.lensAlias, version: v.version, label: v.label, document: v.document, document_ja: v.documentJa, seq, created_at: v.createdAt })
      .execute();
    return { ...v, seq };
  }

  // Workloads

  async insertWorkload(w: WorkloadRecord): Promise<void> {
    await this.db.insertInto('workloads').values(workloadRow(w)).execute();
  }

  async updateWorkload(w: WorkloadRecord): Promise<void> {
    const { id: _id, created_at: _created, ...rest } = workloadRow(w);
    await this.db.updateTable('workloads').set(rest).where('id', '=', w.id).execute();
  }

  async touchWorkload(id: string, at: string): Promise<void> {
    await this.db.updateTable('workloads').set({ updated_at: at }).where('id', '=', id).execute();
  }

  async getWorkload(id: string): Promise<WorkloadRecord | undefined> {
    const row = await this.db.selectFrom('workloads').selectAll().where('id', '=', id).executeTakeFirst();
    return row && workloadRecord(row);
  }

  async getWorkloadByName(name: string): Promise<WorkloadRecord | undefined> {
    const row = await this.db.selectFrom('workloads').selectAll().where('name_key', '=', name.toLowerCase()).executeTakeFirst();
    return row && workloadRecord(row);
  }

  async listWorkloads(): Promise<WorkloadRecord[]> {
    const rows = await this.db.selectFrom('workloads').selectAll().orderBy('name_key').execute();
    return rows.map(workloadRecord);
  }

  async deleteWorkload(id: string): Promise<boolean> {
    // Children first: not every database enforces the cascades declared in the schema the same way.
    await this.db.deleteFrom('answers').where('workload_id', '=', id).execute();
    await this.db.deleteFrom('lens_reviews').where('workload_id', '=', id).execute();
    await this.db.deleteFrom('milestones').where('workload_id', '=', id).execute();
    const result = await this.db.deleteFrom('workloads').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  // Lens reviews

  async insertLensReview(r: LensReviewRecord): Promise<void> {
    await this.db
      .insertInto('lens_reviews')
      .values({ workload_id: r.workloadId, lens_alias: r.lensAlias, lens_version: r.lensVersion, position: r.position, updated_at: r.updatedAt })
      .execute();
  }

  async listLensReviews(workloadId: string): Promise<LensReviewRecord[]> {
    const rows = await this.db.selectFrom('lens_reviews').selectAll().where('workload_id', '=', workloadId).orderBy('position').execute();
    return rows.map((r) => ({ workloadId: r.workload_id, lensAlias: r.lens_alias, lensVersion: r.lens_version, position: Number(r.position), updatedAt: r.updated_at }));
  }

  async setLensReviewVersion(workloadId: string, lensAlias: string, version: string, at: string): Promise<void> {
    await this.db
      .updateTable('lens_reviews')
      .set({ lens_version: version, updated_at: at })
      .where('workload_id', '=', workloadId)
      .where('lens_alias', '=', lensAlias)
      .execute();
  }

  async deleteLensReview(workloadId: string, lensAlias: string): Promise<void> {
    await this.db.deleteFrom('answers').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).execute();
    await this.db.deleteFrom('lens_reviews').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).execute();
  }

  // Answers

  async insertAnswers(workloadId: string, lensAlias: string, answers: AnswerRecord[]): Promise<void> {
    if (answers.length === 0) return;
    await this.db
      .insertInto('answers')
      .values(
        answers.map((a) => ({
          workload_id: workloadId,
          lens_alias: lensAlias,
          question_id: a.questionId,
          selected_choices: JSON.stringify(a.selectedChoices),
          is_applicable: a.isApplicable ? 1 : 0,
          reason: a.reason,
          notes: a.notes,
          version: a.version,
          updated_at: a.updatedAt,
        })),
      )
      .execute();
  }

  async listAnswers(workloadId: string, lensAlias: string): Promise<AnswerRecord[]> {
    const rows = await this.db
      .selectFrom('answers')
      .select(['question_id', 'selected_choices', 'is_applicable', 'reason', 'notes', 'version', 'updated_at'])
      .where('workload_id', '=', workloadId)
      .where('lens_alias', '=', lensAlias)
      .execute();
    return rows.map(answerRecord);
  }

  async getAnswer(workloadId: string, lensAlias: string, questionId: string): Promise<AnswerRecord | undefined> {
    const row = await this.db
      .selectFrom('answers')
      .select(['question_id', 'selected_choices', 'is_applicable', 'reason', 'notes', 'version', 'updated_at'])
      .where('workload_id', '=', workloadId)
      .where('lens_alias', '=', lensAlias)
      .where('question_id', '=', questionId)
      .executeTakeFirst();
    return row && answerRecord(row);
  }

  /**
   * Writes an answer only if it still has `expectedVersion` (optimistic concurrency): one atomic UPDATE, so two
   * writers holding the same version cannot both win. Returns the new version, or undefined when it was stale.
   */
  async updateAnswer(workloadId: string, lensAlias: string, questionId: string, values: AnswerValues, expectedVersion: number, at: string): Promise<number | undefined> {
    const result = await this.db
      .updateTable('answers')
      .set({
        selected_choices: JSON.stringify(values.selectedChoices),
        is_applicable: values.isApplicable ? 1 : 0,
        reason: values.reason,
        notes: values.notes,
        version: expectedVersion + 1,
        updated_at: at,
      })
      .where('workload_id', '=', workloadId)
      .where('lens_alias', '=', lensAlias)
      .where('question_id', '=', questionId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? expectedVersion + 1 : undefined;
  }

  async deleteAnswer(workloadId: string, lensAlias: string, questionId: string): Promise<void> {
    await this.db.deleteFrom('answers').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).where('question_id', '=', questionId).execute();
  }

  // Milestones

  async nextMilestoneNumber(workloadId: string): Promise<number> {
    const top = await this.db.selectFrom('milestones').select((eb) => eb.fn.max('number').as('n')).where('workload_id', '=', workloadId).executeTakeFirst();
    return Number(top?.n ?? 0) + 1;
  }

  async insertMilestone(m: MilestoneRecord): Promise<void> {
    await this.db
      .insertInto('milestones')
      .values({ workload_id: m.workloadId, number: m.number, name: m.name, snapshot: m.snapshot, created_at: m.createdAt })
      .execute();
  }

  async listMilestones(workloadId: string): Promise<Omit<MilestoneRecord, 'snapshot'>[]> {
    const rows = await this.db.selectFrom('milestones').select(['workload_id', 'number', 'name', 'created_at']).where('workload_id', '=', workloadId).orderBy('number').execute();
    return rows.map((r) => ({ workloadId: r.workload_id, number: Number(r.number), name: r.name, createdAt: r.created_at }));
  }

  async getMilestone(workloadId: string, number: number): Promise<MilestoneRecord | undefined> {
    const r = await this.db.selectFrom('milestones').selectAll().where('workload_id', '=', workloadId).where('number', '=', number).executeTakeFirst();
    return r && { workloadId: r.workload_id, number: Number(r.number), name: r.name, snapshot: r.snapshot, createdAt: r.created_at };
  }

  async getMilestoneByName(workloadId: string, name: string): Promise<MilestoneRecord | undefined> {
    const r = await this.db.selectFrom('milestones').selectAll().where('workload_id', '=', workloadId).where('name', '=', name).executeTakeFirst();
    return r && { workloadId: r.workload_id, number: Number(r.number), name: r.name, snapshot: r.snapshot, createdAt: r.created_at };
  }

  // Tokens

  async insertToken(t: TokenRecord, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('tokens')
      .values({ id: t.id, name: t.name, role: t.role, token_hash: tokenHash, created_at: t.createdAt, revoked_at: t.revokedAt })
      .execute();
  }

  async listTokens(): Promise<TokenRecord[]> {
    const rows = await this.db.selectFrom('tokens').select(['id', 'name', 'role', 'created_at', 'revoked_at']).orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at }));
  }

  async findActiveToken(tokenHash: string): Promise<TokenRecord | undefined> {
    const r = await this.db
      .selectFrom('tokens')
      .select(['id', 'name', 'role', 'created_at', 'revoked_at'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return r && { id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at };
  }

  async hasActiveTokens(): Promise<boolean> {
    const r = await this.db.selectFrom('tokens').select('id').where('revoked_at', 'is', null).limit(1).executeTakeFirst();
    return r !== undefined;
  }

  /** Revokes by name or id; false when no active token matches. */
  async revokeToken(nameOrId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('tokens')
      .set({ revoked_at: at })
      .where((eb) => eb.or([eb('name', '=', nameOrId), eb('id', '=', nameOrId)]))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
