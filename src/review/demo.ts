// The sample workload `slens serve --demo` shows: the built-in lens with a few answers, so the pages have
// risks, progress and an improvement plan to show on first start. Creating it twice changes nothing.
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import { isReviewError } from './errors.js';
import { importScanEvidence, type ScanEvidenceInput } from './scan-evidence.js';
import type { ReviewService } from './service.js';
import type { Lang } from '../util/i18n.js';
import type { WorkloadView } from './views.js';

export const DEMO_WORKLOAD_NAME = 'Sample order service';

/** Answers chosen to show every risk level: MEDIUM, HIGH ("None of these"), NONE and not applicable. */
const DEMO_ANSWERS: { questionId: string; selectedChoices?: string[]; isApplicable?: boolean; reason?: 'BUSINESS_PRIORITIES'; notes: string }[] = [
  { questionId: 'OPS1', selectedChoices: ['ops1_managed_metrics', 'ops1_structured_logging'], notes: 'CloudWatch metrics and JSON logs; no tracing yet.' },
  { questionId: 'SEC1', selectedChoices: ['SEC1_no'], notes: 'The API is still open while we prototype.' },
  { questionId: 'REL1', selectedChoices: ['rel1_throttling', 'rel1_quotas', 'rel1_protect_nonscalable'], notes: 'Stage throttling and usage plans in place.' },
  { questionId: 'COST1', isApplicable: false, reason: 'BUSINESS_PRIORITIES', notes: 'Cost review planned for next quarter.' },
];

/** Evidence for the sample workload: a scan of the bundled example application, made only when the sample is new. */
export interface DemoEvidence {
  scan: () => Promise<ScanEvidenceInput>;
  lang: Lang;
}

/**
 * Makes sure the built-in lens and the sample workload exist; returns the workload and whether it was new.
 * A new sample also gets the evidence of `evidence.scan`, so its review shows suggestions beside the answers.
 */
export async function ensureDemoWorkload(service: ReviewService, evidence?: DemoEvidence): Promise<{ workload: WorkloadView; created: boolean }> {
  await service.ready();
  const existing = await service.store.getWorkloadByName(DEMO_WORKLOAD_NAME);
  if (existing) return { workload: await service.workloadView(existing), created: false };
  let workload: WorkloadView;
  try {
    workload = await service.createWorkload({
      workloadName: DEMO_WORKLOAD_NAME,
      description: 'An API Gateway, Lambda and DynamoDB order service, reviewed with the Serverless Lens.',
      environment: 'PREPRODUCTION',
      awsRegions: ['ap-northeast-1'],
      reviewOwner: 'platform team',
      pillarPriorities: ['security', 'reliability'],
      lenses: [BUILTIN_LENS_ALIAS],
    });
  } catch (error) {
    // Another process created it at the same moment: that one is the sample.
    if (isReviewError(error) && error.code === 'name-taken') return { workload: await service.getWorkload(DEMO_WORKLOAD_NAME), created: false };
    throw error;
  }
  for (const { questionId, ...answer } of DEMO_ANSWERS) await service.updateAnswer(workload.workloadId, BUILTIN_LENS_ALIAS, questionId, answer);
  if (evidence) await importScanEvidence(service, workload.workloadId, await evidence.scan(), evidence.lang);
  return { workload: await service.getWorkload(workload.workloadId), created: true };
}
