// The workspace's .slens.yml as the language server sees it: loaded at start and again whenever the file on disk
// changes (written by an editor, by a quick fix, by git), so suppressions and settings apply without a restart.
// A change is noticed from the files' size and modification time, checked before each check of a buffer — a
// stat is cheap next to a scan, and it works whether or not the client reports file events.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_NAMES, emptyConfig, loadConfig, type ScanConfig } from '../../scan/config.js';
import { formatUserError, isUserError } from '../../util/errors.js';
import type { Lang } from '../../util/i18n.js';

export interface WatchedConfig {
  /** The settings in force (the defaults while the file is broken or absent). */
  current(): ScanConfig;
  /** Reloads when a config file changed since the last look; true when it did. */
  refresh(): boolean;
}

function stampOf(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const s = statSync(file);
        return `${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

/** `explicit`: a config path relative to `root` (else the root's own .slens.yml or .slens.yaml). `report` shows a broken file. */
export function watchConfig(explicit: string | undefined, root: string, lang: Lang, report: (message: string) => void): WatchedConfig {
  const files = explicit !== undefined ? [resolve(root, explicit)] : CONFIG_NAMES.map((name) => resolve(root, name));
  let config = emptyConfig(root);
  let stamp = '';
  const load = (): void => {
    stamp = stampOf(files);
    try {
      config = loadConfig(explicit, root);
    } catch (error) {
      // A broken .slens.yml is shown, and buffers are still checked with the default settings.
      config = emptyConfig(root);
      report(isUserError(error) ? formatUserError(error, lang) : (error as Error).message);
    }
  };
  load();
  return {
    current: () => config,
    refresh: () => {
      if (stampOf(files) === stamp) return false;
      load();
      return true;
    },
  };
}
