// Zip-packaged functions verify their code with a code signing configuration.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';
import { isPresent } from '../iac/values.js';

export const lambdaCodeSigning: Rule = {
  id: 'lambda-code-signing',
  title: { en: 'Lambda functions verify code signatures', ja: 'Lambda 関数でコード署名を検証' },
  severity: 'info',
  lens: { pillar: 'security', question: 'SEC3', choice: 'sec3_runtime_protection' },
  aliases: ['CKV_AWS_272'],
  advice: true,
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    unsigned: {
      en: 'Function {resource} has no CodeSigningConfigArn, so Lambda deploys any code package it is given.',
      ja: '関数 {resource} に CodeSigningConfigArn がないため、Lambda は渡されたどのコードパッケージでもデプロイします。',
    },
  },
  docs: {
    description: {
      en: 'Suggests `CodeSigningConfigArn` on zip-packaged functions (container images are verified differently). Inline code is not judged.',
      ja: 'zip パッケージの関数に `CodeSigningConfigArn` を提案します（コンテナイメージは別の方法で検証します）。インラインコードは判定しません。',
    },
    rationale: {
      en: 'With code signing enforced, only packages signed by your build pipeline\'s signing profile can be deployed: a tampered artifact or a hand-uploaded zip is rejected.',
      ja: 'コード署名を強制すると、ビルドパイプラインの署名プロファイルで署名されたパッケージだけをデプロイできます。改ざんされた成果物や手動でアップロードした zip は拒否されます。',
    },
    fix: { en: 'Create an `AWS::Signer::SigningProfile` and an `AWS::Lambda::CodeSigningConfig` with `UntrustedArtifactOnDeployment: Enforce`, and reference it from `CodeSigningConfigArn`.', ja: '`AWS::Signer::SigningProfile` と `UntrustedArtifactOnDeployment: Enforce` の `AWS::Lambda::CodeSigningConfig` を作成し、`CodeSigningConfigArn` から参照します。' },
    links: [{ title: 'Using code signing to verify code integrity with Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html' }],
  },
  check(resource) {
    if (isFrameworkHelper(resource) || resource.properties['PackageType'] === 'Image') return NOT_APPLICABLE;
    const code = resource.properties['Code'];
    if (code && typeof code === 'object' && 'ZipFile' in code) return NOT_APPLICABLE;
    return isPresent(resource.properties['CodeSigningConfigArn']) ? PASS : fail('unsigned');
  },
};
