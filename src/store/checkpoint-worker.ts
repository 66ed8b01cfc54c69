// Runs SQLite WAL checkpoints on a worker thread with its own connection. A checkpoint ends with an fsync of
// the database file; done on the server's thread it would stall every request queued behind it.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

const { path, intervalMs } = workerData as { path: string; intervalMs: number };
let db: SQLite.Database;
try {
  db = new SQLite(path, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
} catch {
  // The database went away before this thread started (a server stopped at once): nothing to checkpoint.
  process.exit(0);
}
// PASSIVE copies what it can without waiting for readers or writers, so it never blocks the server.
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or closing: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, intervalMs);
parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort?.close();
});
