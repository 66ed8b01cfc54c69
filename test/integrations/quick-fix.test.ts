// The suppression edits of the language server's quick fixes, on the shapes a template's metadata takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configSuppressionEdit, resourceSuppressionEdit, type SuppressionTarget } from '../../src/integrations/lsp/quick-fix.js';
import { withTree } from '../helpers/folder.js';

const target = (over: Partial<SuppressionTarget> = {}): SuppressionTarget => ({ ruleId: 'lambda-tracing', logicalId: 'Fn', shown: 'app/template.yaml', root: '/work', lang: 'en', ...over });

function fixed(text: string, t = target()): Record<string, any> {
  const edit = resourceSuppressionEdit(text, t);
  assert.ok(edit, 'an edit is offered');
  return yaml.load(TextDocument.applyEdits(TextDocument.create('file:///t.yaml', 'yaml', 1, text), [edit])) as Record<string, any>;
}

test('Metadata is added, completed or appended to, at the template\'s own indentation', () => {
  const bare = 'Resources:\n    Fn:\n        Type: AWS::Lambda::Function\n        Properties:\n            Handler: a.b\n';
  assert.deepEqual(fixed(bare).Resources.Fn.Metadata, { slens: { ignore: [{ rule: 'lambda-tracing', reason: 'TODO: why this is acceptable here' }] } });

  const withMetadata = 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata:\n      owner: team-a\n';
  assert.deepEqual(fixed(withMetadata, target({ lang: 'ja' })).Resources.Fn.Metadata, { owner: 'team-a', slens: { ignore: [{ rule: 'lambda-tracing', reason: 'TODO: ここで許容できる理由' }] } });

  const withList = 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata:\n      slens:\n        ignore:\n          - rule: lambda-arm64\n            reason: x86 only library\n  Other:\n    Type: AWS::SQS::Queue\n';
  const result = fixed(withList);
  assert.deepEqual(result.Resources.Fn.Metadata.slens.ignore.map((e: { rule: string }) => e.rule), ['lambda-tracing', 'lambda-arm64']);
  assert.deepEqual(result.Resources.Other, { Type: 'AWS::SQS::Queue' });
});

test('shapes it cannot edit safely get no resource edit: flow metadata, an unknown resource, no Resources', () => {
  assert.equal(resourceSuppressionEdit('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata: { owner: a }\n', target()), undefined);
  assert.equal(resourceSuppressionEdit('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata:\n      slens: { ignore: [] }\n', target()), undefined);
  assert.equal(resourceSuppressionEdit('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata:\n      slens:\n        ignore: [lambda-arm64]\n', target()), undefined);
  assert.equal(resourceSuppressionEdit('Resources:\n  Other:\n    Type: AWS::SQS::Queue\n', target()), undefined);
  assert.equal(resourceSuppressionEdit('{"Resources": {"Fn": {"Type": "AWS::Lambda::Function"}}}', target()), undefined);
});

test('.slens.yml: a new entry lines up with the list already there and names the file and resource', () => {
  withTree({ '.slens.yml': 'rules:\n  lambda-arm64: off\nignore:\n- rule: lambda-log-level\n  reason: set by the platform\n' }, (root) => {
    const edit = configSuppressionEdit(target({ root }));
    const uri = Object.keys(edit.changes!)[0]!;
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, 'rules:\n  lambda-arm64: off\nignore:\n- rule: lambda-log-level\n  reason: set by the platform\n'), edit.changes![uri]!);
    writeFileSync(join(root, '.slens.yml'), text);
    const config = yaml.load(text) as { ignore: { rule: string; paths?: string[]; resources?: string[] }[] };
    assert.deepEqual(config.ignore[0], { rule: 'lambda-tracing', paths: ['app/template.yaml'], resources: ['Fn'], reason: 'TODO: why this is acceptable here' });
    assert.equal(config.ignore[1]!.rule, 'lambda-log-level');
  });
});
