// Schema changes as code, applied in name order by Kysely's Migrator every time a store opens. One file per
// migration in migrations/; the names below are recorded in each database, so they never change.
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './migrations/0001-initial.js';
import { scanEvidence } from './migrations/0002-scan-evidence.js';
import { analysisEvidence } from './migrations/0003-analysis-evidence.js';
import { choiceStates } from './migrations/0004-choice-states.js';
import { awsAccessKeys } from './migrations/0005-aws-access-keys.js';
import { improvementItems } from './migrations/0006-improvement-items.js';
import { sessions } from './migrations/0007-sessions.js';
import { usersShares } from './migrations/0008-users-shares.js';
import { history } from './migrations/0009-history.js';
import { waSync } from './migrations/0011-wa-sync.js';
import { evidencePasses } from './migrations/0012-evidence-passes.js';
import { profiles } from './migrations/0013-profiles.js';
import { reviewTemplates } from './migrations/0014-review-templates.js';
import { uploadJobs } from './migrations/0015-upload-jobs.js';
import { userAccessKeys } from './migrations/0016-user-access-keys.js';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_scan_evidence': scanEvidence,
  '0003_analysis_evidence': analysisEvidence,
  '0004_choice_states': choiceStates,
  '0005_aws_access_keys': awsAccessKeys,
  '0006_improvement_items': improvementItems,
  '0007_sessions': sessions,
  '0008_users_shares': usersShares,
  '0009_history': history,
  '0011_wa_sync': waSync,
  '0012_evidence_passes': evidencePasses,
  '0013_profiles': profiles,
  '0014_review_templates': reviewTemplates,
  '0015_upload_jobs': uploadJobs,
  '0016_user_access_keys': userAccessKeys,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
