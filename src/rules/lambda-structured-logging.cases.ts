import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, samFunction } from './support/case-builders.js';

const helperId = 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a';
const powertoolsLayer = 'Layers:\n  - !Sub arn:aws:lambda:${AWS::Region}:017000801446:layer:AWSLambdaPowertoolsPythonV3-python313-x86_64:7';
const fnB = (properties: string): string => resource('B', 'AWS::Lambda::Function', properties);

export const cases: RuleCases = {
  valid: [
    { name: 'JSON log format through SAM Globals', template: samFunction('', 'LoggingConfig:\n  LogFormat: JSON'), outcomes: ['Fn pass'] },
    { name: 'JSON log format on the function', template: lambdaFunction('LoggingConfig:\n  LogFormat: JSON'), outcomes: ['Fn pass'] },
    {
      name: 'Powertools layer, or Powertools settings in the environment',
      template: lambdaFunction(powertoolsLayer, [fnB('Environment:\n  Variables:\n    POWERTOOLS_SERVICE_NAME: orders')]),
      outcomes: ['Fn pass', 'B pass'],
    },
    { name: 'POWERTOOLS_LOG_LEVEL alone marks Powertools logging', template: lambdaFunction('Environment:\n  Variables:\n    POWERTOOLS_LOG_LEVEL: INFO'), outcomes: ['Fn pass'] },
    { name: 'log format from a parameter without default is unknown', template: lambdaFunction('LoggingConfig:\n  LogFormat: !Ref Format', [], parameters('Format')), outcomes: ['Fn unknown'] },
    {
      name: 'variables chosen by a condition: Powertools named in a branch passes; variables that may hold it are unknown',
      template: `${parameters('Stage')}Conditions:\n  Prod: !Equals [!Ref Stage, prod]\n${lambdaFunction('Environment:\n  Variables: !If [Prod, { POWERTOOLS_SERVICE_NAME: orders }, !Ref AWS::NoValue]', [fnB('Environment:\n  Variables: !If [Prod, { LOG_LEVEL: INFO }, !Ref AWS::NoValue]')])}`,
      outcomes: ['Fn pass', 'B unknown'],
    },
    { name: 'a whole LoggingConfig from a parameter is unknown', template: lambdaFunction('LoggingConfig: !Ref Logging', [], parameters('Logging')), outcomes: ['Fn unknown'] },
    { name: 'a CDK helper function is not applicable', template: lambdaFunction('LoggingConfig:\n  LogFormat: JSON', [resource(helperId, 'AWS::Lambda::Function', 'Runtime: nodejs20.x')]), outcomes: ['Fn pass'], notApplicable: [helperId] },
  ],
  invalid: [
    {
      name: 'no log format, and Text format pointed at the property',
      template: lambdaFunction('', [fnB('LoggingConfig:\n  LogFormat: Text')]),
      errors: [
        { messageId: 'text', line: 2 },
        { messageId: 'text', line: 10 },
      ],
    },
    { name: 'SAM function without a log format, reported at the SAM source', template: samFunction(), errors: [{ messageId: 'text', line: 3 }] },
    { name: 'SAM Globals with Text points at the Globals property', template: samFunction('', 'LoggingConfig:\n  LogFormat: Text'), errors: [{ messageId: 'text', line: 5 }] },
  ],
};
