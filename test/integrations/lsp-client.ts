// A real LSP client (vscode-languageserver-protocol) driving `slens lsp --stdio` as a child process: for the tests
// and bench/lsp. Diagnostics are awaited per document version, so a check of stale text is never mistaken for new.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers/repo.js';

export interface LspClient {
  connection: ProtocolConnection;
  /** Opens a buffer (its text need not be on disk) and resolves with its first diagnostics. */
  open(path: string, text: string, languageId?: string): Promise<Diagnostic[]>;
  /** Replaces a buffer's whole text (unsaved) and resolves with the diagnostics of that version. */
  change(path: string, text: string): Promise<Diagnostic[]>;
  /** Tells the server a buffer was saved and resolves with the next diagnostics published for `watch` (a re-check). */
  save(path: string, watch: string): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

export async function startLsp(root: string, options: { locale?: string; initializationOptions?: object; args?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<LspClient> {
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'lsp', '--stdio', ...(options.args ?? [])], {
    cwd: root,
    env: { ...process.env, SLENS_BUNDLE: '0', ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // A version of undefined waits for the next publication of the buffer, whatever its version.
  const waiting = new Map<string, { version: number | undefined; resolve: (d: Diagnostic[]) => void }>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const wait = waiting.get(params.uri);
    if (wait && (wait.version === undefined || params.version === wait.version)) {
      waiting.delete(params.uri);
      wait.resolve(params.diagnostics);
    }
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'workspace' }],
    capabilities: {},
    ...(options.locale ? { locale: options.locale } : {}),
    initializationOptions: { today: '2026-11-25', ...(options.initializationOptions ?? {}) },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();
  const diagnosticsOf = (uri: string, version: number | undefined): Promise<Diagnostic[]> => new Promise((resolve) => waiting.set(uri, { version, resolve }));
  return {
    connection,
    async open(path, text, languageId = 'yaml') {
      const uri = pathToFileURL(path).href;
      versions.set(uri, 1);
      const result = diagnosticsOf(uri, 1);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return result;
    },
    async change(path, text) {
      const uri = pathToFileURL(path).href;
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      const result = diagnosticsOf(uri, version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
      return result;
    },
    async save(path, watch) {
      const result = diagnosticsOf(pathToFileURL(watch).href, undefined);
      await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(path).href } });
      return result;
    },
    async close() {
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification(ExitNotification.type);
      await exited;
      connection.dispose();
    },
  };
}
