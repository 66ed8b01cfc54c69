// How the built-in Serverless Lens shows through the W-A-compatible API: the ids the AWS Well-Architected Tool
// gives its official lens (alias "serverless"), so scripts written against AWS run unchanged. Source:
// docs/../shared reference "wa-tool-official-serverless-ids" (a ListAnswers dump of the official lens).
import type { Localized } from '../util/i18n.js';

export const OFFICIAL_LENS_ARN = 'arn:aws:wellarchitected::aws:lens/serverless';

/** slens question id → W-A Tool question id. */
export const OFFICIAL_QUESTIONS: Readonly<Record<string, string>> = {
  OPS1: 'ops_q1',
  OPS2: 'ops_q2',
  SEC1: 'sec_q1',
  SEC2: 'sec_q2',
  SEC3: 'sec_q3',
  REL1: 'rel_q1',
  REL2: 'rel_q2',
  PERF1: 'perf_q1',
  COST1: 'cost_q1',
};

/** slens choice id → W-A Tool choice id (the W-A Tool lists them in this order, which is also ours). */
export const OFFICIAL_CHOICES: Readonly<Record<string, string>> = {
  ops1_managed_metrics: 'ops_ops_q1_a1',
  ops1_tracing: 'ops_ops_q1_a3',
  ops1_structured_logging: 'ops_ops_q1_a4',
  ops1_application_metrics: 'ops_ops_q1_a2',
  OPS1_no: 'ops_ops_q1_no',
  ops2_iac_stages: 'ops_ops_q2_a1',
  ops2_temporary_environments: 'ops_ops_q2_a2',
  ops2_rollout_deployments: 'ops_ops_q2_a3',
  ops2_configuration_management: 'ops_ops_q2_a5',
  ops2_runtime_deprecation: 'ops_ops_q2_a6',
  ops2_cicd: 'ops_ops_q2_a4',
  OPS2_no: 'ops_ops_q2_no',
  sec1_endpoint_types: 'sec_sec_q1_a3',
  sec1_authn_authz: 'sec_sec_q1_a1',
  sec1_scoped_access: 'sec_sec_q1_a2',
  SEC1_no: 'sec_sec_q1_no',
  sec2_resource_policies: 'sec_sec_q2_a1',
  sec2_temporary_credentials: 'sec_sec_q2_a4',
  sec2_network_controls: 'sec_sec_q2_a2',
  sec2_single_purpose_functions: 'sec_sec_q2_a3',
  SEC2_no: 'sec_sec_q2_no',
  sec3_security_awareness: 'sec_sec_q3_a1',
  sec3_secrets: 'sec_sec_q3_a4',
  sec3_runtime_protection: 'sec_sec_q3_a2',
  sec3_dependency_review: 'sec_sec_q3_a3',
  sec3_input_validation: 'sec_sec_q3_a5',
  SEC3_no: 'sec_sec_q3_no',
  rel1_throttling: 'rel_rel_q1_a1',
  rel1_quotas: 'rel_rel_q1_a2',
  rel1_protect_nonscalable: 'rel_rel_q1_a3',
  REL1_no: 'rel_rel_q1_no',
  rel2_failures: 'rel_rel_q2_a1',
  rel2_duplicate_events: 'rel_rel_q2_a3',
  rel2_orchestration: 'rel_rel_q2_a2',
  rel2_burst_scaling: 'rel_rel_q2_a4',
  REL2_no: 'rel_rel_q2_no',
  perf1_capacity: 'perf_perf_q1_a3',
  perf1_startup: 'perf_perf_q1_a1',
  perf1_async_concurrency: 'perf_perf_q1_a2',
  perf1_caching: 'perf_perf_q1_a5',
  perf1_direct_integrations: 'perf_perf_q1_a4',
  PERF1_no: 'perf_perf_q1_no',
  cost1_init_external_calls: 'cost_cost_q1_a1',
  cost1_logging_retention: 'cost_cost_q1_a2',
  cost1_function_configuration: 'cost_cost_q1_a3',
  cost1_cost_aware_patterns: 'cost_cost_q1_a4',
  COST1_no: 'cost_cost_q1_no',
};

/**
 * A best practice the official lens has and an older version of the built-in lens does not: for a review pinned to
 * such a version it is listed and can be answered through the W-A API (the status is stored per choice under its
 * official id), but no risk rule reads it. Upgrading the review turns that state into the lens's own choice.
 */
export interface ExtraChoice {
  /** slens question id it belongs to. */
  questionId: string;
  /** The id the built-in lens gives it from the version that has it. */
  ownId: string;
  /** Its W-A Tool id, which is also the id it is stored under. */
  choiceId: string;
  title: Localized;
  description: Localized;
  improvementPlan: Localized;
  url: string;
}

export const EXTRA_CHOICES: readonly ExtraChoice[] = [
  {
    questionId: 'OPS2',
    ownId: 'ops2_cicd',
    choiceId: 'ops_ops_q2_a4',
    title: { en: 'Use CI/CD including automated testing across separate accounts', ja: '別々のアカウントにまたがる自動テストを含む CI/CD を使用する' },
    description: {
      en: 'Every change reaches production through a pipeline that builds, tests and deploys it stage by stage, each stage in its own AWS account.',
      ja: 'すべての変更は、ビルド・テスト・デプロイを段階ごとに行うパイプラインを通って本番に届きます。各ステージは専用の AWS アカウントにあります。',
    },
    improvementPlan: {
      en: 'Build a deployment pipeline with automated tests that promotes each change through accounts per stage.',
      ja: 'ステージごとのアカウントへ変更を順に昇格させる、自動テスト付きのデプロイパイプラインを作ります。',
    },
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens/deployment-approaches.html',
  },
];
