// Scan evidence keeps its passing resources (0012_evidence_passes), on SQLite and PostgreSQL: bounded per
// choice, carried through a workload export, and evidence written without them reads back as counts only.
import assert from 'node:assert/strict';
import { importScanEvidence } from '../../src/review/scan-evidence.js';
import { collectEvidence, evidenceExportSchema } from '../../src/review/transfer-evidence.js';
import { listScanEvidence, MAX_STORED_PASSES } from '../../src/store/evidence-store.js';
import { dbTest, openService } from '../helpers/db.js';

dbTest('passing resources are stored bounded with the kinds judged; older rows read without them', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Passes', lenses: ['serverless'] });
  const passes = Array.from({ length: MAX_STORED_PASSES + 37 }, (_, i) => ({ file: `dir/ü ${i}.yaml`, line: i + 1, resource: `Fn${i}`, type: 'AWS::Lambda::Function' }));
  await importScanEvidence(
    service,
    w.workloadId,
    {
      files: ['t.yaml'],
      scanDate: '2026-11-25',
      choices: [
        { questionId: 'OPS1', choiceId: 'ops1_tracing', status: 'supported', passed: passes.length, failed: 0, rules: ['lambda-tracing'], findings: [], passes, resourceTypes: ['AWS::Lambda::Function'] },
        // A pass whose line the scan did not know keeps no line.
        { questionId: 'OPS1', choiceId: 'ops1_structured_logging', status: 'supported', passed: 1, failed: 0, rules: ['lambda-structured-logging'], findings: [], passes: [{ file: 'x.json', resource: 'Q', type: 'AWS::SQS::Queue' }], resourceTypes: ['AWS::SQS::Queue'] },
        // As evidence from a JSON report or before 0012: no passes, no kinds.
        { questionId: 'OPS1', choiceId: 'ops1_managed_metrics', status: 'contradicted', passed: 2, failed: 1, rules: ['lambda-tracing'], findings: [] },
      ],
    },
    'en',
  );
  const stored = await listScanEvidence(service.store, w.workloadId, 'serverless');
  const [tracing, logging, metrics] = ['ops1_tracing', 'ops1_structured_logging', 'ops1_managed_metrics'].map((id) => stored.find((c) => c.choiceId === id));
  assert.equal(tracing?.passed, MAX_STORED_PASSES + 37);
  assert.equal(tracing?.passes?.length, MAX_STORED_PASSES);
  assert.deepEqual(tracing?.passes?.[0], { file: 'dir/ü 0.yaml', line: 1, resource: 'Fn0', type: 'AWS::Lambda::Function' });
  assert.deepEqual(tracing?.resourceTypes, ['AWS::Lambda::Function']);
  assert.deepEqual(logging?.passes, [{ file: 'x.json', resource: 'Q', type: 'AWS::SQS::Queue' }]);
  assert.ok(metrics && !('passes' in metrics) && !('resourceTypes' in metrics));
  // The export carries them and its schema reads them back; hostile sizes are refused.
  const exported = await collectEvidence(service.store, w.workloadId, 'serverless');
  const parsed = evidenceExportSchema.safeParse(JSON.parse(JSON.stringify(exported)));
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  assert.equal(parsed.data.choices.find((c) => c.choiceId === 'ops1_tracing')?.passes?.length, MAX_STORED_PASSES);
  const huge = structuredClone(exported) as { choices: { passes?: unknown[] }[] };
  huge.choices[0]!.passes = Array.from({ length: MAX_STORED_PASSES + 1 }, () => ({ file: 'a', resource: 'b', type: 'c' }));
  assert.equal(evidenceExportSchema.safeParse(huge).success, false);
  const bad = structuredClone(exported) as { choices: { passes?: unknown[] }[] };
  bad.choices[0]!.passes = [{ file: 'a', line: 'seven', resource: 'b', type: 'c' }];
  assert.equal(evidenceExportSchema.safeParse(bad).success, false);
});
