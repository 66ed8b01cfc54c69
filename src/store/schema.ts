// Table shapes as Kysely sees them. Booleans are 0/1 integers and lists are JSON text, so SQLite and
// PostgreSQL hold the same values and the same queries serve both.

export interface LensTable {
  alias: string;
  name: string;
  builtin: number;
  created_at: string;
}

export interface LensVersionTable {
  lens_alias: string;
  /** First 16 hex digits of the SHA-256 of the document(s): the same content is the same version. */
  version: string;
  /** The document's `_version` (or the built-in lens version), for people. */
  label: string | null;
  /** Custom-lens JSON as imported (English for the built-in lens). */
  document: string;
  /** The Japanese document of the built-in lens; null for imported lenses. */
  document_ja: string | null;
  /** 1, 2, 3… per lens: the highest is the latest version. */
  seq: number;
  created_at: string;
}

export interface WorkloadTable {
  id: string;
  name: string;
  /** Lower-cased name: names are unique regardless of case. */
  name_key: string;
  description: string;
  environment: string;
  aws_regions: string;
  account_ids: string;
  review_owner: string;
  architectural_design: string;
  industry: string;
  pillar_priorities: string;
  created_at: string;
  updated_at: string;
}

export interface LensReviewTable {
  workload_id: string;
  lens_alias: string;
  lens_version: string;
  position: number;
  updated_at: string;
}

export interface AnswerTable {
  workload_id: string;
  lens_alias: string;
  question_id: string;
  selected_choices: string;
  is_applicable: number;
  reason: string | null;
  notes: string;
  version: number;
  updated_at: string;
}

export interface MilestoneTable {
  workload_id: string;
  number: number;
  name: string;
  snapshot: string;
  created_at: string;
}

export interface TokenTable {
  id: string;
  name: string;
  role: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** Evidence per lens choice from the latest scan imported into a lens review (one row per choice). */
export interface ScanEvidenceTable {
  workload_id: string;
  lens_alias: string;
  question_id: string;
  choice_id: string;
  /** Position in lens order, so reads need no lens to sort. */
  position: number;
  status: string;
  passed: number;
  failed: number;
  /** JSON list of rule ids. */
  rules: string;
  /** JSON list of findings: {ruleId, severity, file, line, column, resource, message: {en, ja}}. */
  findings: string;
  /** JSON list of passing resources {file, line?, resource, type}, bounded (0012); null in older evidence. */
  passes: string | null;
  /** JSON list of the judged resources' CloudFormation types (0012); null in older evidence. */
  resource_types: string | null;
}

/** What the latest scan of a lens review read, and when it was imported. */
export interface ScanImportTable {
  workload_id: string;
  lens_alias: string;
  /** JSON list of template paths. */
  files: string;
  scan_date: string;
  imported_at: string;
}

/** One analysis result (logs, power tuning) as evidence for a choice. */
export interface AnalysisEvidenceTable {
  workload_id: string;
  lens_alias: string;
  /** The analysis: logs or tune. */
  kind: string;
  question_id: string;
  choice_id: string;
  position: number;
  status: string;
  note_en: string;
  note_ja: string;
  /** JSON list of the files analysed. */
  files: string;
  /** The SVG chart of the analysis, when it draws one. */
  chart: string | null;
  imported_at: string;
}

export interface ChoiceStateTable {
  workload_id: string;
  lens_alias: string;
  question_id: string;
  choice_id: string;
  /** SELECTED (only for choices the lens lacks), NOT_APPLICABLE or UNSELECTED (a choice with notes only). */
  status: string;
  reason: string | null;
  notes: string;
}

export interface AccessKeyTable {
  access_key_id: string;
  token_id: string;
  secret: string;
  created_at: string;
}

export interface UserAccessKeyTable {
  access_key_id: string;
  user_id: string;
  secret: string;
  created_at: string;
  revoked_at: string | null;
}

export interface UploadJobTable {
  id: string;
  workload_id: string;
  /** Who started it: "user:<id>", "token:<id>" or "local". */
  owner_subject: string;
  owner_name: string;
  /** The server process running it: host and process id. */
  worker: string;
  state: string;
  phase: string;
  files: number;
  /** JSON: kind, unpacked, files, errors (with both languages' messages). */
  result: string | null;
  error_code: string | null;
  /** JSON: the error in English and Japanese. */
  error: string | null;
  started_at: string;
  /** Written by the running process every few seconds; a running job without one for long is marked failed. */
  heartbeat_at: string;
  finished_at: string | null;
  expires_at: string;
}

export interface WaSyncAnswerTable {
  workload_id: string;
  /** The W-A Tool workload: `<region>/<workload id>` (with the endpoint when not AWS's own). */
  target: string;
  lens_alias: string;
  question_id: string;
  /** The answer as slens had it at the last sync (canonical JSON, see wa/sync-state.ts). */
  local_state: string;
  /** The answer as the W-A Tool had it right after the last sync. */
  remote_state: string;
  synced_at: string;
}

export interface ClientRequestTable {
  operation: string;
  token: string;
  /** The request the token was first used with (the same token with another request is a conflict). */
  request: string;
  response: string;
  created_at: string;
}

/** A signed-in browser session: the cookie's id is only stored hashed. */
export interface SessionTable {
  /** SHA-256 (hex) of the session id the cookie carries. */
  id_hash: string;
  csrf: string;
  /** Who signed in: "token:<id>" or "user:<id>"; checked again on every request (revoked or disabled ends it). */
  subject: string;
  created_at: string;
  expires_at: string;
}

/** A secret every server process shares (e.g. the key anonymous CSRF tokens are derived with). */
export interface ServerSecretTable {
  name: string;
  value: string;
  created_at: string;
}

/** Failed sign-ins per key (a user name, or "token") in a fixed time window. */
export interface SigninFailureTable {
  key: string;
  window_start: string;
  count: number;
}

/** A person who signs in: by token, or by name and password (both only as hashes). */
export interface UserTable {
  id: string;
  name: string;
  /** Lower-cased name: names are unique regardless of case. */
  name_key: string;
  /** SHA-256 (hex) of the user's sign-in token. */
  token_hash: string;
  /** scrypt$N$r$p$salt$hash, or null when the user signs in by token only. */
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

/** A user's access to a workload (or a lens): owner, contributor or readonly. */
export interface WorkloadShareTable {
  workload_id: string;
  user_id: string;
  access: string;
  created_at: string;
}

export interface LensShareTable {
  lens_alias: string;
  user_id: string;
  access: string;
  created_at: string;
}

/** One recorded change (the history of every write). */
export interface ChangeTable {
  /** Sortable: the time in ms (base 36, fixed width) then random digits. */
  id: string;
  workload_id: string;
  /** answer, workload or share. */
  kind: string;
  lens_alias: string | null;
  /** The question id, "workload", or the user name of a share. */
  subject: string;
  who_id: string;
  who_name: string;
  at: string;
  /** JSON: {field: [before, after]}. */
  what: string;
  /** JSON {id, name} of the review template the change came from, or null (added by 0014). */
  from_template: string | null;
}

/** A review template: answers many workloads share (0014). */
export interface ReviewTemplateTable {
  id: string;
  name: string;
  /** Lower-cased name: names are unique regardless of case. */
  name_key: string;
  description: string;
  notes: string;
  /** JSON list of lens aliases. */
  lens_aliases: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** The name of who last changed it. */
  updated_by: string;
}

/** One question a template answers. */
export interface ReviewTemplateAnswerTable {
  template_id: string;
  lens_alias: string;
  question_id: string;
  selected_choices: string;
  is_applicable: number;
  reason: string | null;
  notes: string;
  /** JSON [{choiceId, reason}]: choices marked not applicable. */
  na_choices: string;
}

/** Where an answer of a workload came from: a template, and whether the workload overrode it. */
export interface AnswerTemplateTable {
  workload_id: string;
  lens_alias: string;
  question_id: string;
  template_id: string;
  overridden: number;
}


/** One improvement-plan item as a team tracks it (a choice of a lens review not yet in place). */
export interface ImprovementItemTable {
  workload_id: string;
  lens_alias: string;
  question_id: string;
  choice_id: string;
  /** OPEN, IN_PROGRESS, DONE or WONT_DO. */
  status: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD or ''. */
  due: string;
  version: number;
  updated_at: string;
}

/** A profile: answers to the profile template's questions (JSON {questionId: [choiceId]}), versioned. */
export interface ProfileTable {
  id: string;
  name: string;
  /** Lower-cased name: names are unique regardless of case. */
  name_key: string;
  description: string;
  answers: string;
  /** Who created it and may see it: "user:<id>", "token:<id>" or "local". */
  owner: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The profile attached to a workload (at most one). */
export interface WorkloadProfileTable {
  workload_id: string;
  profile_id: string;
  attached_at: string;
}

export interface Database {
  lenses: LensTable;
  lens_versions: LensVersionTable;
  workloads: WorkloadTable;
  lens_reviews: LensReviewTable;
  answers: AnswerTable;
  milestones: MilestoneTable;
  tokens: TokenTable;
  scan_evidence: ScanEvidenceTable;
  scan_imports: ScanImportTable;
  analysis_evidence: AnalysisEvidenceTable;
  choice_states: ChoiceStateTable;
  aws_access_keys: AccessKeyTable;
  user_access_keys: UserAccessKeyTable;
  upload_jobs: UploadJobTable;
  wa_sync_answers: WaSyncAnswerTable;
  client_requests: ClientRequestTable;
  sessions: SessionTable;
  server_secrets: ServerSecretTable;
  signin_failures: SigninFailureTable;
  users: UserTable;
  workload_shares: WorkloadShareTable;
  lens_shares: LensShareTable;
  changes: ChangeTable;
  review_templates: ReviewTemplateTable;
  review_template_answers: ReviewTemplateAnswerTable;
  answer_templates: AnswerTemplateTable;
  improvement_items: ImprovementItemTable;
  profiles: ProfileTable;
  workload_profiles: WorkloadProfileTable;
}
