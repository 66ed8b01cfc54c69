// PDF printing for a server: one Chromium shared by every request, a few prints at a time and a short
// queue. Beyond that a print is refused at once with a hint when to retry, rather than starting another
// browser (each is ~100 MB) or letting requests wait without bound.
import { launchChromium, printWith, type Browser } from './pdf.js';

export interface PdfQueueOptions {
  /** Prints running at once in the shared browser. */
  concurrency?: number;
  /** Prints that may wait for a turn; one more is refused. */
  maxWaiting?: number;
  /** Seconds a refused client is told to wait before retrying. */
  retryAfterSeconds?: number;
}

/** Thrown when the queue is full; the caller answers 503 with Retry-After. */
export class PdfBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`PDF printing is busy; retry in ${retryAfterSeconds} s`);
    this.name = 'PdfBusyError';
  }
}

export function isPdfBusy(error: unknown): error is PdfBusyError {
  return error instanceof PdfBusyError;
}

export interface PdfQueue {
  print(html: string): Promise<Uint8Array>;
  /** Closes the shared browser; prints after this start a new one. */
  close(): Promise<void>;
}

export function createPdfQueue(options: PdfQueueOptions = {}): PdfQueue {
  const concurrency = options.concurrency ?? 1;
  const maxWaiting = options.maxWaiting ?? 3;
  const retryAfter = options.retryAfterSeconds ?? 10;
  let browser: Promise<Browser> | undefined;
  let running = 0;
  const waiting: (() => void)[] = [];

  function shared(): Promise<Browser> {
    if (!browser) {
      const launching = launchChromium();
      browser = launching;
      // A failed launch or a crashed browser is forgotten, so the next print tries again.
      launching.then(
        (b) => b.on('disconnected', () => {
          if (browser === launching) browser = undefined;
        }),
        () => {
          if (browser === launching) browser = undefined;
        },
      );
    }
    return browser;
  }

  async function turn(): Promise<void> {
    if (running < concurrency) {
      running++;
      return;
    }
    if (waiting.length >= maxWaiting) throw new PdfBusyError(retryAfter);
    // The finishing print hands its slot over directly, so `running` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function done(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  return {
    async print(html) {
      await turn();
      try {
        return await printWith(await shared(), html);
      } finally {
        done();
      }
    },
    async close() {
      const open = browser;
      browser = undefined;
      if (open) await open.then((b) => b.close(), () => undefined);
    },
  };
}
