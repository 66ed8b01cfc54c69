import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource, samFunction } from './support/case-builders.js';

const numberParameter = 'Parameters:\n  Memory:\n    Type: Number\n';
const framework = (provider: string, fn = ''): string =>
  `service: orders\nprovider:\n  name: aws\n  runtime: nodejs22.x\n${provider}functions:\n  create:\n    handler: src/create.handler\n${fn}`;

export const cases: RuleCases = {
  valid: [
    { name: 'MemorySize set', template: lambdaFunction('MemorySize: 512'), outcomes: ['Fn pass'] },
    { name: 'SAM Globals MemorySize', template: samFunction('', 'MemorySize: 1024'), outcomes: ['Fn pass'] },
    { name: 'SAM function sets MemorySize itself', template: samFunction('MemorySize: 256'), outcomes: ['Fn pass'] },
    { name: 'Serverless Framework memorySize under provider', template: framework('  memorySize: 512\n') },
    { name: 'Serverless Framework memorySize on the function', template: framework('', '    memorySize: 256\n') },
    { name: 'MemorySize from a parameter counts as set', template: lambdaFunction('MemorySize: !Ref Memory', [], numberParameter), outcomes: ['Fn pass'] },
    { name: 'MemorySize chosen by a condition counts as set', template: `Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n${lambdaFunction('MemorySize: !If [Prod, 1024, 256]')}`, outcomes: ['Fn pass'] },
  ],
  invalid: [
    { name: 'no MemorySize', template: lambdaFunction(), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'SAM function without MemorySize', template: samFunction('Timeout: 10'), errors: [{ messageId: 'missing', line: 3 }] },
    { name: 'two functions, one without MemorySize', template: lambdaFunction('MemorySize: 512', [resource('Bad', 'AWS::Lambda::Function', 'Timeout: 10')]), errors: [{ messageId: 'missing', line: 7, resource: 'Bad' }] },
    { name: 'Serverless Framework function without memorySize (the framework deploys 1024 MB)', template: framework(''), errors: [{ messageId: 'frameworkDefault', line: 6 }] },
  ],
};
