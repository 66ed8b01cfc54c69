import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource } from './support/case-builders.js';

const fnAlone = lambdaFunction();

export const cases: RuleCases = {
  valid: [
    {
      name: 'a CodePipeline and a CodeBuild project pass, and so does a function beside them',
      template: lambdaFunction('', [
        resource('Pipeline', 'AWS::CodePipeline::Pipeline', 'RoleArn: arn:aws:iam::123456789012:role/pipeline\nStages: []'),
        resource('Build', 'AWS::CodeBuild::Project', 'ServiceRole: arn:aws:iam::123456789012:role/build'),
      ]),
      outcomes: ['Pipeline pass', 'Build pass', 'Fn pass'],
    },
    { name: 'a function alone, no CI files: unknown (the pipeline may live elsewhere)', template: fnAlone, outcomes: ['Fn unknown'] },
    {
      name: 'a GitHub workflow that runs sam deploy beside the template',
      template: fnAlone,
      files: { '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    steps:\n      - run: sam build\n      - run: sam deploy --no-confirm-changeset\n' },
      outcomes: ['Fn pass'],
    },
    { name: 'a GitLab CI file two folders above the template that runs cdk deploy', template: fnAlone, files: { '../../.gitlab-ci.yml': 'deploy:\n  script:\n    - npx cdk deploy --all\n' }, outcomes: ['Fn pass'] },
    { name: 'a workflow that only lints and tests deploys nothing: unknown', template: fnAlone, files: { '.github/workflows/ci.yml': 'jobs:\n  test:\n    steps:\n      - run: npm test\n' }, outcomes: ['Fn unknown'] },
    { name: 'a buildspec with terraform apply', template: fnAlone, files: { 'buildspec.yml': 'phases:\n  build:\n    commands:\n      - terraform apply -auto-approve\n' }, outcomes: ['Fn pass'] },
    { name: 'a workflow with "deployment" in prose only is not a deploy command: unknown', template: fnAlone, files: { '.github/workflows/main.yml': '# this workflow prepares the deployment notes\njobs: {}\n' }, outcomes: ['Fn unknown'] },
  ],
  invalid: [],
};
