// Terraform load errors read in both languages: the Japanese text is built from the error's parts, never the
// English sentence behind a generic "cannot read the file".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTerraform } from '../../../src/iac/terraform/index.js';
import { errorText } from '../../../src/scan/error-text.js';
import { withTreeAsync } from '../../helpers/folder.js';

const load = (files: Record<string, string>) => withTreeAsync(files, (dir) => loadTerraform(dir, 'app'));

test('remote, unknown-source and missing modules and HCL syntax errors: English as before, Japanese of their own', async () => {
  const t = await load({
    'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\nmodule "dyn" {\n  count = 1\n}\nmodule "gone" {\n  source = "./nowhere"\n}\n',
    'broken.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n',
  });
  const texts = [...t.errors]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    .map((e) => [e.code, e.line, errorText(e, 'en'), errorText(e, 'ja')]);
  const syntax = t.errors.find((e) => e.code === 'hcl-syntax');
  assert.ok(syntax);
  assert.deepEqual(texts, [
    ['hcl-syntax', syntax.line, syntax.message, `HCL の構文エラーです: ${syntax.message}`],
    ['remote-module', 1, 'module vpc comes from terraform-aws-modules/vpc/aws: remote modules are not scanned', 'モジュール vpc の取得元 terraform-aws-modules/vpc/aws はリモートのため、スキャンしません。'],
    ['remote-module', 4, 'module dyn comes from an unknown source: remote modules are not scanned', 'モジュール dyn の取得元がわかりません。リモートモジュールはスキャンしません。'],
    ['module-missing', 7, 'module gone: folder ./nowhere does not exist', 'モジュール gone: フォルダー ./nowhere がありません。'],
  ]);
  for (const [, , , ja] of texts) assert.doesNotMatch(String(ja), /ファイルを読み込めません/);
});
