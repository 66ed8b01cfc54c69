// dependency-review reads a code folder's manifests once per template folder of a scan: templates that share a
// folder share what was read, yet each code folder (CodeUri) keeps its own answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTemplate } from '../../src/iac/load.js';
import { dependencyReview } from '../../src/rules/dependency-review.js';
import { samFunction } from '../../src/rules/support/case-builders.js';
import { diskCodeReader, newCodeLookups } from '../../src/scan/code-reader.js';
import { emptyConfig } from '../../src/scan/config.js';
import { scanTemplate } from '../../src/scan/run.js';
import { withTree } from '../helpers/folder.js';

const MANIFEST = '{"dependencies": {"axios": "^1.0.0"}}';
const template = (codeUri: string) => samFunction('Runtime: nodejs22.x').replace('CodeUri: src/', `CodeUri: ${codeUri}`);

test('templates of one folder naming different code folders each get their code folder answer', () => {
  withTree(
    {
      'locked/package.json': MANIFEST,
      'locked/package-lock.json': '{}',
      'unlocked/package.json': MANIFEST,
      '.github/dependabot.yml': 'version: 2\n',
      'a.yaml': template('locked/'),
      'b.yaml': template('unlocked/'),
    },
    (dir) => {
      const lookups = newCodeLookups();
      const scan = (name: string) => {
        const text = template(name === 'a.yaml' ? 'locked/' : 'unlocked/');
        const result = scanTemplate(loadTemplate(name, text), {
          rules: [dependencyReview],
          config: emptyConfig(dir),
          env: { today: '2026-11-25' },
          displayFile: name,
          absoluteFile: join(dir, name),
          code: diskCodeReader(dir, lookups),
        });
        return {
          findings: result.findings.map((f) => `${f.messageId} ${f.message.en.includes('unlocked/package.json') ? 'unlocked/package.json' : ''}`.trim()),
          outcomes: result.outcomes.map((o) => o.status),
        };
      };
      assert.deepEqual(scan('a.yaml'), { findings: [], outcomes: ['pass'] });
      assert.deepEqual(scan('b.yaml'), { findings: ['unlocked unlocked/package.json'], outcomes: ['fail'] });
      assert.deepEqual(scan('a.yaml'), { findings: [], outcomes: ['pass'] });
      assert.deepEqual(scan('b.yaml'), { findings: ['unlocked unlocked/package.json'], outcomes: ['fail'] });
    },
  );
});
