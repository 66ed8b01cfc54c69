import type { RuleCases } from './support/cases.js';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a lock file beside the manifest and Dependabot at the repository root',
      template: TEMPLATE,
      files: {
        'src/package.json': '{"dependencies": {"@aws-lambda-powertools/logger": "^2.0.0"}}',
        'src/package-lock.json': '{}',
        '.github/dependabot.yml': 'version: 2\n',
      },
      outcomes: ['Fn pass'],
    },
    {
      name: 'pinned requirements and Renovate two folders up',
      template: TEMPLATE.replace('nodejs22.x', 'python3.13'),
      files: {
        'src/requirements.txt': 'boto3==1.35.0\nrequests==2.32.3 # pinned\n',
        '../../renovate.json': '{}',
      },
      outcomes: ['Fn pass'],
    },
  ],
  invalid: [
    {
      name: 'no lock file, no update automation',
      template: TEMPLATE,
      files: { 'src/package.json': '{"dependencies": {"axios": "^1.0.0"}}' },
      errors: [
        { messageId: 'unlocked', line: 8, severity: 'warning' },
        { messageId: 'noUpdates', line: 8, severity: 'info' },
      ],
    },
  ],
};
