// Functions run on arm64 (AWS Graviton), which is billed lower per GB-second than x86_64.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';
import { isUnresolved } from '../iac/values.js';

export const lambdaArm64: Rule = {
  id: 'lambda-arm64',
  title: { en: 'Lambda functions use the arm64 architecture', ja: 'Lambda 関数で arm64 アーキテクチャを使用' },
  severity: 'info',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_function_configuration' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    x86: {
      en: 'Function {resource} runs on x86_64; arm64 (Graviton) costs about 20% less per GB-second and is often faster — try it once dependencies are checked.',
      ja: '関数 {resource} は x86_64 で動作しています。arm64（Graviton）は GB 秒あたり約 20% 安く、多くの場合より高速です。依存関係を確認したうえで試してください。',
    },
  },
  docs: {
    description: {
      en: 'Suggests `Architectures: [arm64]` for functions that use the default `x86_64`.',
      ja: '既定の `x86_64` を使う関数に `Architectures: [arm64]` を提案します。',
    },
    rationale: {
      en: 'Lambda bills arm64 duration at a lower rate; most interpreted runtimes run unchanged, native dependencies need an arm64 build.',
      ja: 'Lambda は arm64 の実行時間を低い料金で課金します。インタープリター型のランタイムの多くはそのまま動き、ネイティブの依存関係には arm64 用のビルドが必要です。',
    },
    fix: { en: 'Set `Architectures: [arm64]` (SAM: also in `Globals.Function`) and run your tests on arm64.', ja: '`Architectures: [arm64]` を設定し（SAM では `Globals.Function` でも可）、arm64 でテストを実行します。' },
    links: [{ title: 'Selecting and configuring an instruction set architecture for your Lambda function', url: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html' }],
  },
  check(resource) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const arch = resource.properties['Architectures'];
    if (isUnresolved(arch) || (Array.isArray(arch) && arch.some(isUnresolved))) return unknown(['Architectures']);
    if (Array.isArray(arch) && arch.includes('arm64')) return PASS;
    return fail('x86', undefined, arch === undefined ? undefined : ['Architectures']);
  },
};
