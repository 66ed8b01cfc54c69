// `slens cost` and `slens scan` read one graph per template: the log group of a function, the dead-letter
// queues and the async sources they act on are the same answers. Over the examples and the corpus samples
// copied into test/fixtures (aws-samples/serverless-patterns, MIT-0, see the LICENSE files there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readWorkload } from '../../src/analyze/cost/workload.js';
import { discoverTemplates, readTemplateFile } from '../../src/iac/index.js';
import { buildGraph } from '../../src/iac/graph.js';
import { RULES } from '../../src/rules/index.js';
import { emptyConfig } from '../../src/scan/config.js';
import { scanTemplate } from '../../src/scan/run.js';
import { fixture, repoRoot } from '../helpers/repo.js';

const INPUTS = [join(repoRoot, 'examples'), fixture('scan', 'corpus'), fixture('iac-corpus')];
const JUDGES = new Set(['lambda-log-retention', 'sqs-redrive-policy', 'lambda-async-failure-destination']);

test('cost and scan agree on log groups, dead-letter queues and async sources', async () => {
  const seen = { retention: 0, deadLetterQueues: 0, asyncFunctions: 0, functions: 0 };
  for (const input of INPUTS) {
    const workload = await readWorkload([input]);
    const retentionBySource = new Map(workload.functions.map((f) => [f.source, f.retentionDays]));
    const discovery = await discoverTemplates([input]);
    for (const file of discovery.files) {
      const template = readTemplateFile(file);
      if (template.resources.length === 0) continue;
      const scan = scanTemplate(template, { rules: RULES.filter((r) => JUDGES.has(r.id)), config: emptyConfig('/'), env: { today: '2026-11-25' }, displayFile: file, absoluteFile: file });
      const outcome = (ruleId: string, logicalId: string): string | undefined => scan.outcomes.find((o) => o.ruleId === ruleId && o.logicalId === logicalId)?.status;
      const graph = buildGraph(template.resources);
      for (const fn of graph.ofType('AWS::Lambda::Function')) {
        seen.functions++;
        const source = `${fn.location.file}:${fn.location.line}`;
        assert.ok(retentionBySource.has(source), `cost lists ${fn.logicalId} of ${file}`);
        const retention = retentionBySource.get(source);
        const status = outcome('lambda-log-retention', fn.logicalId);
        // A numeric retention in cost means the scan found the same log group with a retention (pass).
        if (retention !== undefined) {
          seen.retention++;
          assert.equal(status, 'pass', `${file} ${fn.logicalId}: cost reads ${retention} days, scan says ${status}`);
        }
        if (status === 'fail') assert.equal(retention, undefined, `${file} ${fn.logicalId}`);
        const sources = graph.asyncSourcesOf(fn);
        if (sources.length > 0) seen.asyncFunctions++;
        assert.equal(outcome('lambda-async-failure-destination', fn.logicalId) !== undefined, sources.length > 0, `${file} ${fn.logicalId} async sources`);
      }
      for (const queue of graph.ofType('AWS::SQS::Queue')) {
        const dlq = graph.isDeadLetterQueue(queue);
        if (dlq) seen.deadLetterQueues++;
        // The scan judges a queue's redrive policy only when it is not itself a dead-letter queue.
        assert.equal(outcome('sqs-redrive-policy', queue.logicalId) === undefined, dlq, `${file} ${queue.logicalId}`);
      }
    }
  }
  assert.ok(seen.functions >= 20, `${seen.functions} functions`);
  assert.ok(seen.retention >= 3, `${seen.retention} functions with a retention`);
  assert.ok(seen.deadLetterQueues >= 2, `${seen.deadLetterQueues} dead-letter queues`);
  assert.ok(seen.asyncFunctions >= 2, `${seen.asyncFunctions} functions invoked asynchronously`);
});
