// `slens lsp`: a language server over any message connection (stdio from the CLI). Each open buffer is checked
// in memory as it is opened and edited; bursts of edits are coalesced so only the newest text is checked.
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { CodeActionKind, MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments, type CodeAction, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyConfig } from '../../scan/config.js';
import { isLang, type Lang } from '../../util/i18n.js';
import { checkText } from './check.js';
import { watchConfig, type WatchedConfig } from './config-watch.js';
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
  config: WatchedConfig;
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
  const state: State = { root: process.cwd(), lang, config: { current: () => emptyConfig(state.root), refresh: () => false }, today: new Date().toISOString().slice(0, 10) };
  const pending = new Map<string, NodeJS.Immediate>();
  /** The diagnostics last published per buffer and version: hover reads them instead of checking again. */
  const published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as LspOptions;
    state.root = rootOf(params);
    state.lang = langOf(params, options, lang);
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) state.today = options.today;
    state.config = watchConfig(options.config, state.root, state.lang, (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `slens: ${message}` }));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'slens' },
    };
  });

  const diagnose = (document: TextDocument): Diagnostic[] => {
    if (state.config.refresh()) {
      // New settings: what was published under the old ones is stale, in every open buffer.
      published.clear();
      for (const other of documents.all()) if (other.uri !== document.uri) schedule(other);
    }
    const known = published.get(document.uri);
    if (known?.version === document.version) return known.diagnostics;
    const checked = checkText(fileURLToPath(document.uri), document.getText(), { config: state.config.current(), root: state.root, today: state.today });
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
  // Saving .slens.yml in the editor (or any file, as a nudge) applies a changed config to every open buffer.
  documents.onDidSave(() => {
    const first = documents.all().find((d) => d.uri.startsWith('file:'));
    if (first) schedule(first);
  });
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
