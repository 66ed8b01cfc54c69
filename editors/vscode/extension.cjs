// The VS Code side of `slens lsp`: starts the server over stdio for the files slens reads. VS Code extensions
// load as CommonJS, so this one file is CommonJS.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module */
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration('slens');
  const [command, ...args] = settings.get('command', ['slens', 'lsp']);
  const lang = settings.get('language', '') || (vscode.env.language.startsWith('ja') ? 'ja' : 'en');
  const server = { command, args, transport: TransportKind.stdio };
  client = new LanguageClient('slens', 'slens', { run: server, debug: server }, {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'terraform' },
      { scheme: 'file', pattern: '**/*.{template,cfn,tf}' },
    ],
    initializationOptions: { lang },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
