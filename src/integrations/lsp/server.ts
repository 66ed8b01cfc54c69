// `slens lsp`: a language server over any message connection (stdio from the CLI). Each open buffer is checked
// in memory as it is opened and edited; bursts of edits are coalesced so only the newest text is checked.
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { CodeActionKind, TextDocumentSyncKind, TextDocuments, type CodeAction, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyConfig, loadConfig, type ScanConfig } from '../../scan/config.js';
import { isUserError } from '../../util/errors.js';
import { isLang, type Lang } from '../../util/i18n.js';
import { checkText } from './check.js';
import { lensHover, toDiagnostics, type FindingData } from './diagnostics.js';
import { actionTitle, configSuppressionEdit, resourceSuppressionEdit, type SuppressionTarget } from './quick-fix.js';

/** What a client may pass as `initializationOptions`. */
export interface LspOptions {
  lang?: Lang;
  /** A .slens.yml, relative to the workspace root (default: the root's own, when present). */
  config?: string;
  /** The scan date YYYY-MM-DD (default today in UTC). */
  today?: string;
}

interface State {
  root: string;
  lang: Lang;
  config: ScanConfig;
  today: string;
}

function rootOf(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith('file:') ? fileURLToPath(uri) : (params.rootPath ?? process.cwd());
}

function langOf(params: InitializeParams, options: LspOptions, fallback: Lang): Lang {
  if (isLang(options.lang)) return options.lang;
  const locale = params.locale?.slice(0, 2);
  return isLang(locale) ? locale : fallback;
}

/** Wires the handlers on `connection` and starts listening. `lang` is the language when the client names none. */
export function startLanguageServer(connection: Connection, lang: Lang = 'en'): void {
  const documents = new TextDocuments(TextDocument);
  const state: State = { root: process.cwd(), lang, config: emptyConfig(process.cwd()), today: new Date().toISOString().slice(0, 10) };
  const pending = new Map<string, NodeJS.Immediate>();
  /** The diagnostics last published per buffer and version: hover reads them instead of checking again. */
  const published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as LspOptions;
    state.root = rootOf(params);
    state.lang = langOf(params, options, lang);
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) state.today = options.today;
    try {
      state.config = loadConfig(options.config, state.root);
    } catch (error) {
      // A broken .slens.yml is shown, and buffers are still checked with the default settings.
      const message = isUserError(error) ? error.messageIn(state.lang) : (error as Error).message;
      connection.window.showErrorMessage(`slens: ${message}`);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'slens' },
    };
  });

  const diagnose = (document: TextDocument): Diagnostic[] => {
    const known = published.get(document.uri);
    if (known?.version === document.version) return known.diagnostics;
    const checked = checkText(fileURLToPath(document.uri), document.getText(), { config: state.config, root: state.root, today: state.today });
    const diagnostics = toDiagnostics(checked.findings, checked.errors, document.getText(), state.lang);
    published.set(document.uri, { version: document.version, diagnostics });
    return diagnostics;
  };
  const check = (document: TextDocument): void => {
    if (!document.uri.startsWith('file:')) return;
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnose(document) });
  };
  const schedule = (document: TextDocument): void => {
    clearImmediate(pending.get(document.uri));
    pending.set(
      document.uri,
      setImmediate(() => {
        pending.delete(document.uri);
        const latest = documents.get(document.uri);
        if (latest) check(latest);
      }),
    );
  };
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    clearImmediate(pending.get(event.document.uri));
    published.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !document.uri.startsWith('file:')) return [];
    const path = fileURLToPath(document.uri);
    const shown = relative(state.root, path).split(sep).join('/');
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as FindingData | undefined;
      if (diagnostic.source !== 'slens' || !data?.ruleId) continue;
      const target: SuppressionTarget = { ruleId: data.ruleId, logicalId: data.logicalId, shown, root: state.root, lang: state.lang };
      const inTemplate = /\.ya?ml$/i.test(path) && !/(^|\/)serverless\.ya?ml$/i.test(path) && data.logicalId ? resourceSuppressionEdit(document.getText(), target) : undefined;
      const suppression: CodeAction = inTemplate
        ? { title: actionTitle('resource', target), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [document.uri]: [inTemplate] } } }
        : { title: actionTitle('config', target), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: configSuppressionEdit(target) };
      actions.push(suppression);
    }
    return actions;
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !document.uri.startsWith('file:')) return null;
    const { line, character } = params.position;
    const here = diagnose(document).filter(
      (d) => d.data !== undefined && d.range.start.line === line && character >= d.range.start.character && character <= d.range.end.character,
    );
    const texts = [...new Set(here.map((d) => lensHover(d.data as FindingData, state.lang)).filter((t): t is string => t !== undefined))];
    return texts.length ? { contents: { kind: 'markdown', value: texts.join('\n\n---\n\n') } } : null;
  });

  documents.listen(connection);
  connection.listen();
}
