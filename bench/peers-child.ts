// One peer tool over a list of templates, in its own process (run by bench/peers.ts): prints what it found as
// JSON, {included, excluded, reasons, findings: [[rule, template index, logical id]]}.
//   node dist/bench/peers-child.js cdk-nag <list.json>    cdk-nag 3, AwsSolutions and Serverless packs, over
//       one App (built-in CloudFormation validation off) with a stack per template read through CfnInclude;
//       a template CfnInclude refuses is left out and counted.
//   node dist/bench/peers-child.js validator <list.json>  the CloudFormation validator in aws-cdk-lib
//       (CloudFormationValidatePlugin), on the template files themselves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/repo.js';

interface Violation {
  ruleName: string;
  violatingResources: { constructPath?: string; resourceLogicalId?: string; templatePath?: string }[];
}
interface Report {
  violations: Violation[];
}
interface Construct {
  node: { id: string; tryRemoveChild(id: string): boolean };
}
interface Cdk {
  App: new (props: { builtinCloudFormationValidation: boolean }) => Construct;
  Stack: new (scope: Construct, id: string) => Construct;
  CloudFormationValidatePlugin: new () => { validate(context: { templatePaths: string[]; stackTemplates: { templatePath: string; stackPath: string }[] }): Report };
}
interface Pack {
  validateScope(scope: Construct): Report;
}

// aws-cdk-lib prints a deprecation line per deprecated property it meets: not the tool's findings.
process.env['JSII_DEPRECATED'] = 'quiet';
const [tool, listFile] = process.argv.slice(2);
const files = JSON.parse(readFileSync(listFile as string, 'utf8')) as string[];
const load = createRequire(join(repoRoot, 'package.json'));
const cdk = load('aws-cdk-lib') as Cdk;
const findings: [string, number, string][] = [];
let included = files.map((_, i) => i);
const reasons: Record<string, number> = {};

if (tool === 'cdk-nag') {
  const { CfnInclude } = load('aws-cdk-lib/cloudformation-include') as { CfnInclude: new (scope: Construct, id: string, props: { templateFile: string }) => Construct };
  const nag = load('cdk-nag') as { AwsSolutionsChecks: new () => Pack; ServerlessChecks: new () => Pack };
  const app = new cdk.App({ builtinCloudFormationValidation: false });
  included = [];
  files.forEach((file, i) => {
    const stack = new cdk.Stack(app, `S${i}`);
    try {
      new CfnInclude(stack, 'T', { templateFile: file });
      included.push(i);
    } catch (error) {
      app.node.tryRemoveChild(`S${i}`);
      const reason = String((error as Error).message).replace(/'[^']*'/g, "'…'").slice(0, 60);
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
  });
  for (const pack of [new nag.AwsSolutionsChecks(), new nag.ServerlessChecks()]) {
    for (const violation of pack.validateScope(app).violations) {
      for (const resource of violation.violatingResources) {
        const match = /^S(\d+)\/T\/([^/]+)/.exec(resource.constructPath ?? '');
        if (match) findings.push([violation.ruleName, Number(match[1]), match[2] as string]);
      }
    }
  }
} else if (tool === 'validator') {
  const index = new Map(files.map((file, i) => [file, i]));
  const report = new cdk.CloudFormationValidatePlugin().validate({ templatePaths: files, stackTemplates: files.map((file, i) => ({ templatePath: file, stackPath: `S${i}` })) });
  for (const violation of report.violations) {
    for (const resource of violation.violatingResources) findings.push([violation.ruleName, index.get(resource.templatePath ?? '') ?? -1, resource.resourceLogicalId ?? '']);
  }
} else {
  console.error('usage: peers-child.js cdk-nag|validator <list.json>');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ included, excluded: files.length - included.length, reasons, findings })}\n`);
