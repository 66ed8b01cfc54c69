// Rules the scanner reports about the input itself rather than a resource's configuration.
import type { MetaRule } from './types.js';

/** Relative to docs/rules/, where the generated pages live. */
const SCAN_DOC = { title: 'slens scan: suppressions and configuration', url: '../scan.md' };

export const duplicateKey: MetaRule = {
  id: 'template-duplicate-key',
  title: { en: 'Templates do not repeat a key', ja: 'テンプレートでキーを重複させない' },
  severity: 'error',
  aliases: [],
  messages: {
    duplicate: {
      en: 'Key "{key}" appears twice in one mapping (lines {first} and {second}); the value on line {second} is used.',
      ja: 'キー "{key}" が同じマッピングに 2 回あります（{first} 行目と {second} 行目）。{second} 行目の値が使われます。',
    },
    duplicateDetail: { en: '{detail}', ja: 'マッピングのキーが重複しています（最後の値が使われます）: {detail}' },
  },
  docs: {
    description: {
      en: 'A mapping in the template repeats a key. CloudFormation and most YAML readers keep the last value silently; slens reads the template the same way and reports both lines.',
      ja: 'テンプレートのマッピングでキーが重複しています。CloudFormation や多くの YAML リーダーは黙って最後の値を使います。slens も同じように読み込み、両方の行を報告します。',
    },
    rationale: {
      en: 'The first value looks configured but has no effect: a reviewer reads one setting while AWS deploys another.',
      ja: '最初の値は設定されているように見えますが、効果がありません。レビューする人が読む設定と AWS がデプロイする設定が食い違います。',
    },
    fix: { en: 'Delete one of the two keys, keeping the value you mean.', ja: '意図する値を残し、どちらかのキーを削除します。' },
    links: [SCAN_DOC],
  },
};

export const serverlessUnknownKey: MetaRule = {
  id: 'serverless-unknown-key',
  title: { en: 'Serverless Framework settings are spelled as the framework reads them', ja: 'Serverless Framework の設定をフレームワークが読む綴りで書く' },
  severity: 'warning',
  aliases: [],
  messages: {
    meant: {
      en: '{section}.{key} is not a Serverless Framework setting, so the framework ignores it and deploys its default; did you mean {meant}?',
      ja: '{section}.{key} は Serverless Framework の設定ではないため、フレームワークはこれを無視して既定値でデプロイします。{meant} の誤りではありませんか。',
    },
    unknown: {
      en: '{section}.{key} is not a Serverless Framework setting (they are written in camelCase), so the framework ignores it.',
      ja: '{section}.{key} は Serverless Framework の設定ではない（設定はキャメルケースで書きます）ため、フレームワークはこれを無視します。',
    },
  },
  docs: {
    description: {
      en: 'A key under `provider` or under a function that the framework does not read but that looks like a setting: another capitalisation of a known setting (`Runtime:` for `runtime:`, `memorysize:`), or any capitalised key (the CloudFormation spelling). Keys that plugins add are camelCase and are left alone.',
      ja: '`provider` や関数の下にある、フレームワークが読まないのに設定に見えるキーを報告します。既知の設定の大文字・小文字違い（`runtime:` に対する `Runtime:`、`memorysize:`）と、大文字で始まるキー（CloudFormation の綴り）です。プラグインが追加するキーはキャメルケースなので対象外です。',
    },
    rationale: {
      en: 'The framework ignores such a key without a word: a capitalised `Runtime:` under `provider` deploys the default runtime, while the file reads as if another were chosen.',
      ja: 'フレームワークはこうしたキーを何も言わずに無視します。`provider` の下に大文字の `Runtime:` を書くと既定のランタイムがデプロイされますが、ファイルは別のランタイムを選んだように読めます。',
    },
    fix: { en: 'Spell the key as the framework documents it (`runtime:`), or remove it.', ja: 'フレームワークのドキュメントどおりの綴り（`runtime:`）にするか、キーを削除します。' },
    links: [{ title: 'Serverless Framework: serverless.yml reference (AWS)', url: 'https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml' }],
  },
};

export const suppressionWithoutReason: MetaRule = {
  id: 'suppression-without-reason',
  title: { en: 'Suppressions give a reason', ja: '抑制には理由を記載' },
  severity: 'warning',
  aliases: [],
  messages: {
    missing: {
      en: 'The suppression of {rule} has no reason; add `reason:` so reviewers know why the finding does not apply.',
      ja: '{rule} の抑制に理由がありません。指摘が当てはまらない理由がレビュー担当者にわかるように `reason:` を追加してください。',
    },
    cfnLint: {
      en: 'cfn-lint ignore_checks suppresses {rule} without a reason; slens honours it, but a slens suppression with a reason is clearer.',
      ja: 'cfn-lint の ignore_checks が理由なしで {rule} を抑制しています。slens はこれに従いますが、理由付きの slens の抑制のほうが明確です。',
    },
    unknownRule: {
      en: 'The suppression names {rule}, which is not a slens rule id or alias; it suppresses nothing.',
      ja: '抑制で指定された {rule} は slens のルール ID でも別名でもないため、何も抑制しません。',
    },
  },
  docs: {
    description: {
      en: 'Every suppression — in template `Metadata.slens.ignore`, a resource\'s `Metadata.slens.ignore`, or `.slens.yml` — must say why. A suppression without a `reason`, a cfn-lint `ignore_checks` entry (which has no reason field) that silences a slens rule, or a suppression naming an unknown rule is reported here. The finding it suppresses stays suppressed.',
      ja: 'テンプレートの `Metadata.slens.ignore`、リソースの `Metadata.slens.ignore`、`.slens.yml` のどの抑制にも理由が必要です。`reason` のない抑制、slens のルールを抑制する cfn-lint の `ignore_checks` の項目（理由を書く欄がありません）、存在しないルールを指定した抑制をここで報告します。抑制された指摘は抑制されたままです。',
    },
    rationale: {
      en: 'A suppression is a decision; without its reason the next reviewer cannot tell an accepted risk from a forgotten workaround.',
      ja: '抑制は判断です。理由がなければ、次のレビュー担当者は受け入れたリスクなのか忘れられた回避策なのかを区別できません。',
    },
    fix: {
      en: 'Write `Metadata: { slens: { ignore: [{ rule: lambda-tracing, reason: "sampled by the caller" }] } }`.',
      ja: '`Metadata: { slens: { ignore: [{ rule: lambda-tracing, reason: "呼び出し元でサンプリング済み" }] } }` のように書きます。',
    },
    links: [SCAN_DOC],
  },
};

export const META_RULES: readonly MetaRule[] = [duplicateKey, serverlessUnknownKey, suppressionWithoutReason];
