// `slens lsp`: the language server for editors, speaking LSP over standard input and output.
import type { Command } from 'commander';
import { choose, type CliContext } from '../context.js';
import { LANGS } from '../../util/i18n.js';

export function registerLsp(program: Command, _ctx: CliContext): Command {
  return program
    .command('lsp')
    .description('run the language server (LSP over stdin/stdout): diagnostics for templates, serverless.yml and .tf files as they are edited, quick fixes that suppress with a reason, hover for the lens choice (see docs/integrations.md)')
    .option('--stdio', 'talk over standard input and output (the only transport; accepted because editors pass it)')
    .option('--lang <lang>', 'language of messages when the editor does not say: en or ja', 'en')
    
    .action(async (opts: { lang?: string }) => {
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const { createConnection } = await import('vscode-languageserver/node');
      const { startLanguageServer } = await import('../../integrations/lsp/server.js');
      // The library ends the process on the client's exit notification, or when standard input closes.
      startLanguageServer(createConnection(process.stdin, process.stdout), lang);
    });
}
