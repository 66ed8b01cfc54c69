// GetConsolidatedReport on the W-A API: the consolidated report (review/consolidated.ts) as WORKLOAD metrics,
// 15 a page, or the whole report as a PDF in Base64String. IncludeSharedResources as on AWS: without it a user
// sees the workloads they own; with it also those shared with them. Service keys see every workload.
import { loadConsolidated } from '../../review/consolidated-load.js';
import type { ConsolidatedReport } from '../../review/consolidated.js';
import { lensOfVersion } from '../../review/lenses.js';
import { consolidatedMetrics } from '../../wa/consolidated-shape.js';
import { idMapFor, type IdMap } from '../../wa/id-map.js';
import type { AwsCall } from './review-adapter.js';
import { page } from './paging.js';

export interface ConsolidatedQuery {
  Format: 'PDF' | 'JSON';
  IncludeSharedResources?: 'true' | 'false';
  NextToken?: string;
  MaxResults?: number;
}

/** The id maps of the lens versions the report's reviews are pinned to. */
async function idMaps(call: AwsCall, report: ConsolidatedReport): Promise<(alias: string, version: string) => IdMap> {
  const maps = new Map<string, IdMap>();
  for (const l of report.workloads.flatMap((w) => w.lenses)) {
    const k = `${l.alias}@${l.version}`;
    if (maps.has(k)) continue;
    const v = await call.service.store.getLensVersion(l.alias, l.version);
    maps.set(k, idMapFor(l.alias, v && lensOfVersion(v, 'en')));
  }
  return (alias, version) => maps.get(`${alias}@${version}`) ?? idMapFor(alias);
}

export async function getConsolidatedReport(call: AwsCall, query: ConsolidatedQuery) {
  const report = await loadConsolidated(call.service.store, call.caller, call.lang, { includeShared: query.IncludeSharedResources === 'true' });
  if (query.Format === 'PDF') {
    const { renderConsolidatedHtml } = await import('../../report/consolidated/html.js');
    const { htmlToPdf } = await import('../../report/pdf.js');
    return { Base64String: Buffer.from(await htmlToPdf(await renderConsolidatedHtml(report))).toString('base64') };
  }
  const { items, NextToken } = page(consolidatedMetrics(report, call.region, await idMaps(call, report)), query, 15);
  return { Metrics: items, NextToken };
}
