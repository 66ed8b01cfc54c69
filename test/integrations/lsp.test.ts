// `slens lsp` driven over stdio by a real LSP client: diagnostics of unsaved text for templates, serverless.yml
// and .tf buffers, rule docs links, quick fixes that suppress with a reason, hover with the lens choice, Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, HoverRequest, ShowMessageNotification, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { writeTree } from '../helpers/folder.js';
import { startLsp } from './lsp-client.js';

const ON_DISK = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 5\n  Dlq:\n    Type: AWS::SQS::Queue\n';
const UNSAVED = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n';
const rules = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();

function applied(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits, `the action edits ${uri}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
}

const root = mkdtempSync(join(tmpdir(), 'slens-lsp-'));
writeTree(root, {
  'template.yaml': ON_DISK,
  'tf/main.tf': 'resource "aws_sqs_queue" "orders" {\n  name = "orders"\n  redrive_policy = jsonencode({ deadLetterTargetArn = "arn:aws:sqs:us-east-1:1:dlq", maxReceiveCount = 5 })\n}\n',
  'tf/other.tf': 'variable "stage" {\n  default = "dev"\n}\n',
});
test.after(() => rmSync(root, { recursive: true, force: true }));

test('diagnostics follow the unsaved text; quick fix suppresses with a reason; hover names the lens choice', async () => {
  const client = await startLsp(root);
  try {
    const path = join(root, 'template.yaml');
    const uri = pathToFileURL(path).href;
    const first = await client.open(path, UNSAVED);
    const redrive = first.find((d) => d.code === 'sqs-redrive-policy');
    assert.ok(redrive, `unsaved text is checked, not the file on disk: ${rules(first).join(', ')}`);
    assert.equal(redrive.severity, 1);
    assert.equal(redrive.source, 'slens');
    assert.deepEqual(redrive.range.start, { line: 1, character: 2 });
    assert.match(redrive.codeDescription!.href, /docs\/rules\/sqs-redrive-policy\.md$/);
    assert.match(redrive.message as string, /no redrive policy/);

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 4 } });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /\*\*REL2\*\*/);
    assert.match(markdown, /Manage transaction, partial, and intermittent failures/);
    assert.match(markdown, /sqs-redrive-policy/);

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: redrive.range, context: { diagnostics: [redrive] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.match(actions[0]!.title, /Suppress sqs-redrive-policy on Queue/);
    const fixed = applied(UNSAVED, actions[0]!, uri);
    assert.match(fixed, / {2}Queue:\n {4}Metadata:\n {6}slens:\n {8}ignore:\n {10}- rule: sqs-redrive-policy\n {12}reason: "TODO: why this is acceptable here"\n {4}Type: AWS::SQS::Queue/);
    const after = await client.change(path, fixed);
    assert.ok(!after.some((d) => d.code === 'sqs-redrive-policy'), rules(after).join(', '));

    const broken = await client.change(path, 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties: [unclosed\n');
    assert.equal(broken.length, 1);
    assert.equal(broken[0]!.code, 'yaml-syntax');
    assert.equal(broken[0]!.severity, 1);
    assert.ok((await client.change(path, UNSAVED)).some((d) => d.code === 'sqs-redrive-policy'), 'the server goes on after broken text');
  } finally {
    await client.close();
  }
});

test('serverless.yml, .tf and JSON buffers; a JSON suppression goes to .slens.yml; Japanese from the client locale', async () => {
  // The bundled CLI (what `slens` runs once built) serves as well as the modules.
  const client = await startLsp(root, { locale: 'ja', env: { SLENS_BUNDLE: '1' } });
  try {
    const tf = join(root, 'tf', 'main.tf');
    const clean = await client.open(tf, readFileSync(tf, 'utf8'), 'terraform');
    assert.ok(!clean.some((d) => d.code === 'sqs-redrive-policy'));
    const tfEdited = await client.change(tf, 'resource "aws_sqs_queue" "orders" {\n  name = "orders"\n}\n');
    const tfRedrive = tfEdited.find((d) => d.code === 'sqs-redrive-policy');
    assert.ok(tfRedrive, rules(tfEdited).join(', '));
    assert.equal(tfRedrive.range.start.line, 0);
    assert.match(tfRedrive.message as string, /再処理ポリシー/);

    const sls = join(root, 'svc', 'serverless.yml');
    const slsDiagnostics = await client.open(sls, 'service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  create:\n    handler: handler.create\n    events:\n      - httpApi: POST /orders\n');
    assert.ok(slsDiagnostics.some((d) => d.code === 'lambda-tracing'), rules(slsDiagnostics).join(', '));

    const json = join(root, 'stack.json');
    const jsonUri = pathToFileURL(json).href;
    const jsonDiagnostics = await client.open(json, JSON.stringify({ Resources: { Jobs: { Type: 'AWS::SQS::Queue' } } }, null, 2), 'json');
    const jobs = jsonDiagnostics.find((d) => d.code === 'sqs-redrive-policy')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: jsonUri }, range: jobs.range, context: { diagnostics: [jobs] } })) as CodeAction[];
    assert.equal(actions[0]!.title, '.slens.yml で Jobs の sqs-redrive-policy を抑制する（理由を記入）');
    const changes = actions[0]!.edit!.documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: pathToFileURL(join(root, '.slens.yml')).href });
    assert.match(JSON.stringify(changes[1]), /rule: sqs-redrive-policy\\n {4}paths: \[\\"stack.json\\"\]\\n {4}resources: \[\\"Jobs\\"\]\\n {4}reason: \\"TODO: ここで許容できる理由\\"/);
    assert.equal(existsSync(join(root, '.slens.yml')), false, 'the client applies edits, the server writes nothing');

    const notATemplate = await client.open(join(root, 'config.yaml'), 'name: orders\nitems: [1, 2\n');
    assert.deepEqual(notATemplate, [], 'YAML that is not a template gets no diagnostics');
  } finally {
    await client.close();
  }
});

test('a changed .slens.yml applies to open buffers without a restart; local AWS::Include files are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-lsp-config-'));
  test.after(() => rmSync(dir, { recursive: true, force: true }));
  writeTree(dir, {
    'template.yaml': UNSAVED,
    'included.yaml': 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      Fn::Transform:\n        Name: AWS::Include\n        Parameters:\n          Location: ./queue-properties.yaml\n',
    'queue-properties.yaml': 'DelaySeconds: 5\n',
  });
  const client = await startLsp(dir);
  try {
    const path = join(dir, 'template.yaml');
    assert.ok((await client.open(path, UNSAVED)).some((d) => d.code === 'sqs-redrive-policy'));

    // The properties come from the included file: read, they show the queue has no redrive policy.
    const included = join(dir, 'included.yaml');
    const fromInclude = await client.open(included, readFileSync(included, 'utf8'));
    assert.ok(fromInclude.some((d) => d.code === 'sqs-redrive-policy'), `the include is read: ${rules(fromInclude).join(', ')}`);

    // A suppression written to .slens.yml (and saved there) re-checks the open buffers.
    const config = join(dir, '.slens.yml');
    const suppression = 'ignore:\n  - rule: sqs-redrive-policy\n    reason: drained by a batch job\n';
    await client.open(config, '');
    writeTree(dir, { '.slens.yml': suppression });
    const resaved = await client.save(config, path);
    assert.ok(!resaved.some((d) => d.code === 'sqs-redrive-policy'), `suppressed after the save: ${rules(resaved).join(', ')}`);

    // A broken config falls back to the defaults (the finding is back) rather than stopping the server.
    const shown: string[] = [];
    client.connection.onNotification(ShowMessageNotification.type, (params) => void shown.push(params.message));
    writeTree(dir, { '.slens.yml': 'rules: [unclosed\n' });
    assert.ok((await client.change(path, `${UNSAVED}\n`)).some((d) => d.code === 'sqs-redrive-policy'));
    assert.match(shown.join('\n'), /^slens: \.slens\.yml:\d+/, 'the broken config is shown to the user, naming the file and line');
    assert.ok(existsSync(config));
  } finally {
    await client.close();
  }
});
