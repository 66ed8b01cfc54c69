// Lenses and their versions: a version's documents never change, so reads without them are offered too.
import type { Db } from './db.js';
import type { LensRecord, LensVersionRecord } from './records.js';
import type { Database } from './schema.js';

export type LensVersionMeta = Omit<LensVersionRecord, 'document' | 'documentJa'>;

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

export async function getLens(db: Db, alias: string): Promise<LensRecord | undefined> {
  const row = await db.selectFrom('lenses').selectAll().where('alias', '=', alias).executeTakeFirst();
  return row && { alias: row.alias, name: row.name, builtin: Number(row.builtin) === 1, createdAt: row.created_at };
}

export async function listLenses(db: Db): Promise<LensRecord[]> {
  const rows = await db.selectFrom('lenses').selectAll().orderBy('alias').execute();
  return rows.map((row) => ({ alias: row.alias, name: row.name, builtin: Number(row.builtin) === 1, createdAt: row.created_at }));
}

export async function insertLens(db: Db, lens: LensRecord): Promise<void> {
  await db
    .insertInto('lenses')
    .values({ alias: lens.alias, name: lens.name, builtin: lens.builtin ? 1 : 0, created_at: lens.createdAt })
    .execute();
}

export async function renameLens(db: Db, alias: string, name: string): Promise<void> {
  await db.updateTable('lenses').set({ name }).where('alias', '=', alias).execute();
}

export async function getLensVersion(db: Db, alias: string, version: string): Promise<LensVersionRecord | undefined> {
  const row = await db.selectFrom('lens_versions').selectAll().where('lens_alias', '=', alias).where('version', '=', version).executeTakeFirst();
  return row && versionRecord(row);
}

/** A version without its documents (cheap: the documents are large and never change). */
export async function getLensVersionMeta(db: Db, alias: string, version?: string): Promise<LensVersionMeta | undefined> {
  let query = db.selectFrom('lens_versions').select(['lens_alias', 'version', 'label', 'seq', 'created_at']).where('lens_alias', '=', alias);
  query = version === undefined ? query.orderBy('seq', 'desc').limit(1) : query.where('version', '=', version);
  const r = await query.executeTakeFirst();
  return r && { lensAlias: r.lens_alias, version: r.version, label: r.label, seq: Number(r.seq), createdAt: r.created_at };
}

export async function getLensDocuments(db: Db, alias: string, version: string): Promise<{ document: string; documentJa: string | null } | undefined> {
  const r = await db.selectFrom('lens_versions').select(['document', 'document_ja']).where('lens_alias', '=', alias).where('version', '=', version).executeTakeFirst();
  return r && { document: r.document, documentJa: r.document_ja };
}

export async function latestLensVersion(db: Db, alias: string): Promise<LensVersionRecord | undefined> {
  const row = await db.selectFrom('lens_versions').selectAll().where('lens_alias', '=', alias).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && versionRecord(row);
}

/** Versions newest first, without their documents. */
export async function listLensVersions(db: Db, alias: string): Promise<LensVersionMeta[]> {
  const rows = await db
    .selectFrom('lens_versions')
    .select(['lens_alias', 'version', 'label', 'seq', 'created_at'])
    .where('lens_alias', '=', alias)
    .orderBy('seq', 'desc')
    .execute();
  return rows.map((r) => ({ lensAlias: r.lens_alias, version: r.version, label: r.label, seq: Number(r.seq), createdAt: r.created_at }));
}

export async function insertLensVersion(db: Db, v: Omit<LensVersionRecord, 'seq'>): Promise<LensVersionRecord> {
  const top = await db
    .selectFrom('lens_versions')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('lens_alias', '=', v.lensAlias)
    .executeTakeFirst();
  const seq = Number(top?.seq ?? 0) + 1;
  await db
    .insertInto('lens_versions')
    .values({ lens_alias: v.lensAlias, version: v.version, label: v.label, document: v.document, document_ja: v.documentJa, seq, created_at: v.createdAt })
    .execute();
  return { ...v, seq };
}

/** Removes a lens with every version of it (the caller checks first that nothing uses it). */
export async function deleteLens(db: Db, alias: string): Promise<boolean> {
  await db.deleteFrom('lens_versions').where('lens_alias', '=', alias).execute();
  const result = await db.deleteFrom('lenses').where('alias', '=', alias).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
