// What every store module works over: the database, or a transaction on it; and the JSON lists in text columns.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Db = Kysely<Database> | Transaction<Database>;

export const parseList = (text: string): string[] => JSON.parse(text) as string[];
