// Lambda functions set MemorySize explicitly instead of relying on the 128 MB default. Alias: ES1005.
import type { Rule } from './types.js';
import { PASS, fail } from './results.js';
import { isPresent } from './values.js';

export const lambdaExplicitMemory: Rule = {
  id: 'lambda-explicit-memory',
  title: { en: 'Lambda functions set their memory size', ja: 'Lambda 関数のメモリサイズを明示的に設定' },
  severity: 'error',
  lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_capacity' },
  aliases: ['ES1005'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    missing: {
      en: 'Function {resource} uses the default memory size (128 MB); set MemorySize after measuring what it needs.',
      ja: '関数 {resource} はデフォルトのメモリサイズ (128 MB) を使っています。必要量を計測したうえで MemorySize を設定してください。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every Lambda function sets `MemorySize` (SAM: on the function or in `Globals.Function`). Any value passes, including a parameter.',
      ja: 'すべての Lambda 関数で `MemorySize` が設定されていることを確認します (SAM では関数または `Globals.Function`)。パラメータを含め、値は問いません。',
    },
    rationale: {
      en: 'Memory also sets the CPU share and network bandwidth of a function. The 128 MB default is rarely the best trade-off between duration and cost; a deliberate value shows the function was sized, ideally with a tool such as AWS Lambda Power Tuning.',
      ja: 'メモリ量は関数の CPU 割り当てとネットワーク帯域も決めます。デフォルトの 128 MB が実行時間とコストの最適なバランスであることはまれです。明示的な値は、関数のサイズが (理想的には AWS Lambda Power Tuning などのツールで) 検討されたことを示します。',
    },
    fix: {
      en: 'Measure the function (for example with AWS Lambda Power Tuning or `slens analyze`) and set `MemorySize` on the function or in `Globals.Function`.',
      ja: '関数を計測し (AWS Lambda Power Tuning や `slens analyze` など)、関数または `Globals.Function` に `MemorySize` を設定します。',
    },
    links: [
      { title: 'Configure Lambda function memory', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html' },
      { title: 'AWS Lambda Power Tuning', url: 'https://github.com/alexcasalboni/aws-lambda-power-tuning' },
    ],
  },
  check(resource) {
    return isPresent(resource.properties['MemorySize']) ? PASS : fail('missing');
  },
};
