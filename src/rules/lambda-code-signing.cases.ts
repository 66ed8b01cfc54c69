import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a signing config; images and inline code are not judged',
      template: `Resources:
  Signed:
    Type: AWS::Lambda::Function
    Properties:
      CodeSigningConfigArn: !Ref Signing
      Code:
        S3Bucket: artifacts
        S3Key: fn.zip
  Signing:
    Type: AWS::Lambda::CodeSigningConfig
    Properties:
      AllowedPublishers:
        SigningProfileVersionArns: [arn:aws:signer:eu-west-1:123456789012:/signing-profiles/app/abc]
  Image:
    Type: AWS::Lambda::Function
    Properties:
      PackageType: Image
  Inline:
    Type: AWS::Lambda::Function
    Properties:
      Code:
        ZipFile: def handler(e, c) -> None
`,
      outcomes: ['Signed pass'],
    },
  ],
  invalid: [
    {
      name: 'a zip function without code signing',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Code:
        S3Bucket: artifacts
        S3Key: fn.zip
`,
      errors: [{ messageId: 'unsigned', line: 2 }],
    },
  ],
};
