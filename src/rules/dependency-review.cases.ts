import type { RuleCases } from './support/cases.js';
import { lambdaFunction, samFunction } from './support/case-builders.js';

const node = samFunction('Runtime: nodejs22.x');
const python = samFunction();
const npmManifest = '{"dependencies": {"axios": "^1.0.0"}}';

export const cases: RuleCases = {
  valid: [
    { name: 'a lock file beside the manifest and Dependabot at the repository root', template: node, files: { 'src/package.json': npmManifest, 'src/package-lock.json': '{}', '.github/dependabot.yml': 'version: 2\n' }, outcomes: ['Fn pass'] },
    { name: 'pinned requirements and Renovate two folders up', template: python, files: { 'src/requirements.txt': 'boto3==1.35.0\nrequests==2.32.3 # pinned\n', '../../renovate.json': '{}' }, outcomes: ['Fn pass'] },
    { name: 'a workspace lock file at the repository root', template: node, files: { 'src/package.json': npmManifest, '../pnpm-lock.yaml': '', '.github/renovate.json': '{}' }, outcomes: ['Fn pass'] },
    { name: 'a function whose code folder has no manifest is not applicable', template: python, files: { 'src/app.py': 'def handler(e, c): pass\n' }, notApplicable: ['Fn'], outcomes: [] },
    { name: 'inline code is not applicable', template: lambdaFunction("Handler: index.handler\nCode:\n  ZipFile: 'def handler(e, c): pass'"), notApplicable: ['Fn'], outcomes: [] },
    { name: 'code in S3 is unknown', template: lambdaFunction('Handler: index.handler\nCode:\n  S3Bucket: artifacts\n  S3Key: fn.zip'), outcomes: ['Fn unknown'] },
  ],
  invalid: [
    { name: 'no lock file, no update automation', template: node, files: { 'src/package.json': npmManifest }, errors: [{ messageId: 'unlocked', line: 8, severity: 'warning' }, { messageId: 'noUpdates', line: 8, severity: 'info' }] },
    { name: 'unpinned requirements with Dependabot', template: python, files: { 'src/requirements.txt': 'boto3>=1.35\n', '.github/dependabot.yml': 'version: 2\n' }, errors: [{ messageId: 'unlocked', line: 8 }] },
    { name: 'a locked Go module without update automation (info)', template: samFunction('Runtime: provided.al2023'), files: { 'src/go.mod': 'module x\n', 'src/go.sum': '' }, errors: [{ messageId: 'noUpdates', line: 8, severity: 'info' }] },
  ],
};
