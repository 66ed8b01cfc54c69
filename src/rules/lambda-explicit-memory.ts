// Lambda functions set MemorySize explicitly instead of relying on a default (Lambda's 128 MB; the Serverless
// Framework deploys 1024 MB when neither the function nor the provider sets memorySize). Alias: ES1005.
import type { Rule } from './types.js';
import { PASS, fail } from './support/results.js';
import { isPresent } from '../iac/values.js';

export const lambdaExplicitMemory: Rule = {
  id: 'lambda-explicit-memory',
  title: { en: 'Lambda functions set their memory size', ja: 'Lambda 関数のメモリサイズを明示的に設定' },
  severity: 'warning',
  lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_capacity' },
  aliases: ['ES1005'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    missing: {
      en: 'Function {resource} uses the default memory size (128 MB); set MemorySize after measuring what it needs.',
      ja: '関数 {resource} はデフォルトのメモリサイズ（128 MB）を使っています。必要量を計測したうえで MemorySize を設定してください。',
    },
    frameworkDefault: {
      en: 'Function {resource} uses the Serverless Framework default memory size (1024 MB); set memorySize on the function or under provider after measuring what it needs.',
      ja: '関数 {resource} は Serverless Framework のデフォルトのメモリサイズ（1024 MB）を使っています。必要量を計測したうえで、関数または provider に memorySize を設定してください。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every Lambda function sets `MemorySize` (SAM: on the function or in `Globals.Function`; Serverless Framework: `memorySize` on the function or under `provider`). Any value passes, including a parameter. Without it Lambda gives 128 MB, and the Serverless Framework deploys 1024 MB.',
      ja: 'すべての Lambda 関数で `MemorySize` が設定されていることを確認します（SAM では関数または `Globals.Function`、Serverless Framework では関数または `provider` の `memorySize`）。パラメータを含め、値は問いません。設定がない場合、Lambda は 128 MB、Serverless Framework は 1024 MB でデプロイします。',
    },
    rationale: {
      en: 'Memory also sets the CPU share and network bandwidth of a function. The 128 MB default is rarely the best trade-off between duration and cost; a deliberate value shows the function was sized, ideally with a tool such as AWS Lambda Power Tuning.',
      ja: 'メモリ量は関数の CPU 割り当てとネットワーク帯域も決めます。デフォルトの 128 MB が実行時間とコストの最適なバランスであることはまれです。明示的な値は、関数のサイズが（理想的には AWS Lambda Power Tuning などのツールで）検討されたことを示します。',
    },
    fix: {
      en: 'Measure the function (for example with AWS Lambda Power Tuning or `slens analyze`) and set `MemorySize` on the function or in `Globals.Function`.',
      ja: '関数を計測し（AWS Lambda Power Tuning や `slens analyze` など）、関数または `Globals.Function` に `MemorySize` を設定します。',
    },
    links: [
      { title: 'Configure Lambda function memory', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html' },
      { title: 'AWS Lambda Power Tuning', url: 'https://github.com/alexcasalboni/aws-lambda-power-tuning' },
    ],
  },
  check(resource) {
    if (isPresent(resource.properties['MemorySize'])) return PASS;
    return fail(resource.format === 'serverless' ? 'frameworkDefault' : 'missing');
  },
};
