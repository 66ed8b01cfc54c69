import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, samFunction } from './support/case-builders.js';

const zipCode = 'Code:\n  S3Bucket: artifacts\n  S3Key: fn.zip';
const signingConfig = resource('Signing', 'AWS::Lambda::CodeSigningConfig', 'AllowedPublishers:\n  SigningProfileVersionArns: [arn:aws:signer:eu-west-1:123456789012:/signing-profiles/app/abc]');
const helperId = 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a signing config; images and inline code are not applicable',
      template: lambdaFunction(`CodeSigningConfigArn: !Ref Signing\n${zipCode}`, [
        signingConfig,
        resource('Image', 'AWS::Lambda::Function', 'PackageType: Image'),
        resource('Inline', 'AWS::Lambda::Function', 'Code:\n  ZipFile: def handler(e, c) -> None'),
      ]),
      outcomes: ['Fn pass'],
      notApplicable: ['Image', 'Inline'],
    },
    { name: 'a signing config from a parameter counts as set', template: lambdaFunction(`CodeSigningConfigArn: !Ref SigningArn\n${zipCode}`, [], parameters('SigningArn')), outcomes: ['Fn pass'] },
    { name: 'a SAM function with a signing config', template: samFunction('CodeSigningConfigArn: !Ref Signing', '', [signingConfig]), outcomes: ['Fn pass'] },
    { name: 'a CDK helper function is not applicable', template: lambdaFunction('CodeSigningConfigArn: !Ref Signing', [signingConfig, resource(helperId, 'AWS::Lambda::Function', zipCode)]), outcomes: ['Fn pass'], notApplicable: [helperId] },
  ],
  invalid: [
    { name: 'a zip function without code signing', template: lambdaFunction(zipCode), errors: [{ messageId: 'unsigned', line: 2 }] },
    { name: 'a SAM function without code signing, reported at the SAM source', template: samFunction(), errors: [{ messageId: 'unsigned', line: 3 }] },
    {
      name: 'two functions, one without code signing',
      template: lambdaFunction(`CodeSigningConfigArn: !Ref Signing\n${zipCode}`, [signingConfig, resource('Bad', 'AWS::Lambda::Function', zipCode)]),
      errors: [{ messageId: 'unsigned', line: 15, resource: 'Bad' }],
    },
  ],
};
