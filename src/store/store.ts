// Persistence only: typed reads and writes over Kysely, the same queries for SQLite and PostgreSQL, one module
// of functions per aggregate (lenses, workloads, reviews, milestones, tokens). A Store is the handle the review
// domain holds: the database or a transaction, with each module's functions bound to it.
// Validation and meaning live in src/review/; this layer never decides what an answer means.
import type { Kysely } from 'kysely';
import type { Db } from './db.js';
import * as History from './history.js';
import * as Lenses from './lenses.js';
import * as Milestones from './milestones.js';
import * as Reviews from './reviews.js';
import * as Sessions from './sessions.js';
import * as Shares from './shares.js';
import * as Users from './users.js';
import type { Database } from './schema.js';
import * as Tokens from './tokens.js';
import * as Workloads from './workloads.js';

export type { LensVersionMeta } from './lenses.js';

/** The arguments of a store function after its database. */
type Rest<F> = F extends (db: Db, ...args: infer A) => unknown ? A : never;

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

  // Lenses (lenses.ts)
  readonly getLens = (...args: Rest<typeof Lenses.getLens>) => Lenses.getLens(this.db, ...args);
  readonly listLenses = (...args: Rest<typeof Lenses.listLenses>) => Lenses.listLenses(this.db, ...args);
  readonly insertLens = (...args: Rest<typeof Lenses.insertLens>) => Lenses.insertLens(this.db, ...args);
  readonly renameLens = (...args: Rest<typeof Lenses.renameLens>) => Lenses.renameLens(this.db, ...args);
  readonly getLensVersion = (...args: Rest<typeof Lenses.getLensVersion>) => Lenses.getLensVersion(this.db, ...args);
  readonly getLensVersionMeta = (...args: Rest<typeof Lenses.getLensVersionMeta>) => Lenses.getLensVersionMeta(this.db, ...args);
  readonly getLensDocuments = (...args: Rest<typeof Lenses.getLensDocuments>) => Lenses.getLensDocuments(this.db, ...args);
  readonly latestLensVersion = (...args: Rest<typeof Lenses.latestLensVersion>) => Lenses.latestLensVersion(this.db, ...args);
  readonly listLensVersions = (...args: Rest<typeof Lenses.listLensVersions>) => Lenses.listLensVersions(this.db, ...args);
  readonly insertLensVersion = (...args: Rest<typeof Lenses.insertLensVersion>) => Lenses.insertLensVersion(this.db, ...args);
  readonly deleteLens = (...args: Rest<typeof Lenses.deleteLens>) => Lenses.deleteLens(this.db, ...args);

  // Workloads (workloads.ts)
  readonly insertWorkload = (...args: Rest<typeof Workloads.insertWorkload>) => Workloads.insertWorkload(this.db, ...args);
  readonly updateWorkload = (...args: Rest<typeof Workloads.updateWorkload>) => Workloads.updateWorkload(this.db, ...args);
  readonly touchWorkload = (...args: Rest<typeof Workloads.touchWorkload>) => Workloads.touchWorkload(this.db, ...args);
  readonly getWorkload = (...args: Rest<typeof Workloads.getWorkload>) => Workloads.getWorkload(this.db, ...args);
  readonly getWorkloadByName = (...args: Rest<typeof Workloads.getWorkloadByName>) => Workloads.getWorkloadByName(this.db, ...args);
  readonly listWorkloads = (...args: Rest<typeof Workloads.listWorkloads>) => Workloads.listWorkloads(this.db, ...args);
  readonly deleteWorkload = (...args: Rest<typeof Workloads.deleteWorkload>) => Workloads.deleteWorkload(this.db, ...args);

  // Lens reviews and answers (reviews.ts)
  readonly insertLensReview = (...args: Rest<typeof Reviews.insertLensReview>) => Reviews.insertLensReview(this.db, ...args);
  readonly listLensReviews = (...args: Rest<typeof Reviews.listLensReviews>) => Reviews.listLensReviews(this.db, ...args);
  readonly setLensReviewVersion = (...args: Rest<typeof Reviews.setLensReviewVersion>) => Reviews.setLensReviewVersion(this.db, ...args);
  readonly deleteLensReview = (...args: Rest<typeof Reviews.deleteLensReview>) => Reviews.deleteLensReview(this.db, ...args);
  readonly insertAnswers = (...args: Rest<typeof Reviews.insertAnswers>) => Reviews.insertAnswers(this.db, ...args);
  readonly listAnswers = (...args: Rest<typeof Reviews.listAnswers>) => Reviews.listAnswers(this.db, ...args);
  readonly getAnswer = (...args: Rest<typeof Reviews.getAnswer>) => Reviews.getAnswer(this.db, ...args);
  readonly updateAnswer = (...args: Rest<typeof Reviews.updateAnswer>) => Reviews.updateAnswer(this.db, ...args);
  readonly deleteAnswer = (...args: Rest<typeof Reviews.deleteAnswer>) => Reviews.deleteAnswer(this.db, ...args);
  readonly listWorkloadsUsingLens = (...args: Rest<typeof Reviews.listWorkloadsUsingLens>) => Reviews.listWorkloadsUsingLens(this.db, ...args);

  // Milestones (milestones.ts)
  readonly nextMilestoneNumber = (...args: Rest<typeof Milestones.nextMilestoneNumber>) => Milestones.nextMilestoneNumber(this.db, ...args);
  readonly insertMilestone = (...args: Rest<typeof Milestones.insertMilestone>) => Milestones.insertMilestone(this.db, ...args);
  readonly listMilestones = (...args: Rest<typeof Milestones.listMilestones>) => Milestones.listMilestones(this.db, ...args);
  readonly getMilestone = (...args: Rest<typeof Milestones.getMilestone>) => Milestones.getMilestone(this.db, ...args);
  readonly getMilestoneByName = (...args: Rest<typeof Milestones.getMilestoneByName>) => Milestones.getMilestoneByName(this.db, ...args);
  readonly renameMilestone = (...args: Rest<typeof Milestones.renameMilestone>) => Milestones.renameMilestone(this.db, ...args);
  readonly deleteMilestone = (...args: Rest<typeof Milestones.deleteMilestone>) => Milestones.deleteMilestone(this.db, ...args);
  readonly listMilestonesMentioning = (...args: Rest<typeof Milestones.listMilestonesMentioning>) => Milestones.listMilestonesMentioning(this.db, ...args);

  // Tokens (tokens.ts)
  readonly insertToken = (...args: Rest<typeof Tokens.insertToken>) => Tokens.insertToken(this.db, ...args);
  readonly listTokens = (...args: Rest<typeof Tokens.listTokens>) => Tokens.listTokens(this.db, ...args);
  readonly findActiveToken = (...args: Rest<typeof Tokens.findActiveToken>) => Tokens.findActiveToken(this.db, ...args);
  readonly hasActiveTokens = (...args: Rest<typeof Tokens.hasActiveTokens>) => Tokens.hasActiveTokens(this.db, ...args);
  readonly revokeToken = (...args: Rest<typeof Tokens.revokeToken>) => Tokens.revokeToken(this.db, ...args);
  readonly findTokenById = (...args: Rest<typeof Tokens.findTokenById>) => Tokens.findTokenById(this.db, ...args);

  // Sessions, shared secrets, sign-in failures (sessions.ts)
  readonly insertSession = (...args: Rest<typeof Sessions.insertSession>) => Sessions.insertSession(this.db, ...args);
  readonly findSession = (...args: Rest<typeof Sessions.findSession>) => Sessions.findSession(this.db, ...args);
  readonly deleteSession = (...args: Rest<typeof Sessions.deleteSession>) => Sessions.deleteSession(this.db, ...args);
  readonly deleteSessionsOf = (...args: Rest<typeof Sessions.deleteSessionsOf>) => Sessions.deleteSessionsOf(this.db, ...args);
  readonly countSessions = (...args: Rest<typeof Sessions.countSessions>) => Sessions.countSessions(this.db, ...args);
  readonly pruneSessions = (...args: Rest<typeof Sessions.pruneSessions>) => Sessions.pruneSessions(this.db, ...args);
  readonly sharedSecret = (...args: Rest<typeof Sessions.sharedSecret>) => Sessions.sharedSecret(this.db, ...args);
  readonly addSigninFailure = (...args: Rest<typeof Sessions.addSigninFailure>) => Sessions.addSigninFailure(this.db, ...args);
  readonly signinFailures = (...args: Rest<typeof Sessions.signinFailures>) => Sessions.signinFailures(this.db, ...args);
  readonly pruneSigninFailures = (...args: Rest<typeof Sessions.pruneSigninFailures>) => Sessions.pruneSigninFailures(this.db, ...args);

  // Users (users.ts)
  readonly insertUser = (...args: Rest<typeof Users.insertUser>) => Users.insertUser(this.db, ...args);
  readonly listUsers = (...args: Rest<typeof Users.listUsers>) => Users.listUsers(this.db, ...args);
  readonly findUser = (...args: Rest<typeof Users.findUser>) => Users.findUser(this.db, ...args);
  readonly findUserByTokenHash = (...args: Rest<typeof Users.findUserByTokenHash>) => Users.findUserByTokenHash(this.db, ...args);
  readonly userPasswordHash = (...args: Rest<typeof Users.userPasswordHash>) => Users.userPasswordHash(this.db, ...args);
  readonly hasEnabledUsers = (...args: Rest<typeof Users.hasEnabledUsers>) => Users.hasEnabledUsers(this.db, ...args);
  readonly disableUser = (...args: Rest<typeof Users.disableUser>) => Users.disableUser(this.db, ...args);

  // Shares (shares.ts)
  readonly putWorkloadShare = (...args: Rest<typeof Shares.putWorkloadShare>) => Shares.putWorkloadShare(this.db, ...args);
  readonly deleteWorkloadShare = (...args: Rest<typeof Shares.deleteWorkloadShare>) => Shares.deleteWorkloadShare(this.db, ...args);
  readonly workloadAccessOf = (...args: Rest<typeof Shares.workloadAccessOf>) => Shares.workloadAccessOf(this.db, ...args);
  readonly workloadIdsOf = (...args: Rest<typeof Shares.workloadIdsOf>) => Shares.workloadIdsOf(this.db, ...args);
  readonly listWorkloadShares = (...args: Rest<typeof Shares.listWorkloadShares>) => Shares.listWorkloadShares(this.db, ...args);
  readonly putLensShare = (...args: Rest<typeof Shares.putLensShare>) => Shares.putLensShare(this.db, ...args);
  readonly lensAccessOf = (...args: Rest<typeof Shares.lensAccessOf>) => Shares.lensAccessOf(this.db, ...args);
  readonly lensAliasesOf = (...args: Rest<typeof Shares.lensAliasesOf>) => Shares.lensAliasesOf(this.db, ...args);
  readonly listLensShares = (...args: Rest<typeof Shares.listLensShares>) => Shares.listLensShares(this.db, ...args);
  readonly deleteLensShare = (...args: Rest<typeof Shares.deleteLensShare>) => Shares.deleteLensShare(this.db, ...args);

  // History (history.ts)
  readonly insertChange = (...args: Rest<typeof History.insertChange>) => History.insertChange(this.db, ...args);
  readonly listChanges = (...args: Rest<typeof History.listChanges>) => History.listChanges(this.db, ...args);
}
