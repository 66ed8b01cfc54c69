// The W-A-compatible API's lens operations over slens's lens catalog, in W-A API shapes.
import { exportLens, getLens, importLens, listLenses } from '../../review/catalog.js';
import * as W from '../../wa/api-shapes.js';
import type { Localized } from '../../util/i18n.js';
import { canSeeLens } from '../../review/access.js';
import { aliasFromName } from '../../review/lenses.js';
import { AwsError } from './errors.js';
import { requireLens, requireLensOwner } from './workload-access.js';
import type { AwsCall } from './review-adapter.js';

const MSG = {
  builtinVersion: { en: 'the built-in Serverless Lens is an AWS-managed lens: it has no versions to create', ja: '組み込みの Serverless Lens は AWS が管理するレンズのため、バージョンを作成できません' },
} as const satisfies Record<string, Localized>;

export async function lensSummaries(call: AwsCall) {
  const out = [];
  for (const l of await listLenses(call.service)) {
    if (!(await canSeeLens(call.service.store, call.caller, l.lensAlias, l.builtin))) continue;
    const { lens } = await getLens(call.service, l.lensAlias, call.lang, l.latestVersion);
    const first = l.versions[l.versions.length - 1];
    out.push({
      LensArn: W.lensArn(call.region, l.lensAlias, l.builtin),
      LensAlias: l.lensAlias,
      LensName: W.clip(lens.name, 128) ?? l.lensAlias,
      LensType: l.builtin ? 'AWS_OFFICIAL' : 'CUSTOM_SELF',
      Description: W.clip(lens.description, 1024),
      CreatedAt: first ? W.epochSeconds(first.createdAt) : undefined,
      UpdatedAt: W.epochSeconds(l.versions[0]?.createdAt ?? new Date(0).toISOString()),
      LensVersion: l.latestVersion,
      Owner: W.LOCAL_ACCOUNT,
      LensStatus: 'CURRENT',
    });
  }
  return out;
}

export async function getLensShape(call: AwsCall, ref: string, version: string | undefined) {
  const alias = W.aliasOf(ref);
  const got = await getLens(call.service, alias, call.lang, version);
  const builtin = call.service.isBuiltin(alias);
  return {
    Lens: {
      LensArn: W.lensArn(call.region, alias, builtin),
      LensVersion: got.version,
      Name: W.clip(got.lens.name, 128) ?? alias,
      Description: W.clip(got.lens.description, 1024),
      Owner: builtin ? 'AWS' : W.LOCAL_ACCOUNT,
    },
  };
}

/** The alias a lens document will be stored under when none is given (broken JSON is reported by the import). */
function nameAlias(json: string): string | undefined {
  try {
    const name = (JSON.parse(json) as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? aliasFromName(name) : undefined;
  } catch {
    return undefined;
  }
}

export async function importLensShape(call: AwsCall, json: string, aliasRef: string | undefined) {
  const named = aliasRef ? W.aliasOf(aliasRef) : nameAlias(json);
  if (named) {
    await requireLens(call.service, call.caller, named);
    await requireLensOwner(call.service, call.caller, named);
  }
  const imported = await importLens(call.service, json, { alias: aliasRef ? W.aliasOf(aliasRef) : undefined, file: 'JSONString', lang: call.lang });
  // A user's new lens is theirs (granted in the import's transaction, as ImportLens on /api).
  return { LensArn: W.lensArn(call.region, imported.alias, false), Status: 'COMPLETE' };
}

export async function exportLensShape(call: AwsCall, ref: string, version: string | undefined) {
  return { LensJSON: await exportLens(call.service, W.aliasOf(ref), call.lang, version) };
}

/** ImportLens publishes at once here, so a new version is the lens's latest: CreateLensVersion answers with it. */
export async function createLensVersionShape(call: AwsCall, ref: string) {
  const alias = W.aliasOf(ref);
  if (call.service.isBuiltin(alias)) throw new AwsError('ValidationException', MSG.builtinVersion, { Reason: 'OTHER' });
  const got = await getLens(call.service, alias, call.lang, undefined);
  return { LensArn: W.lensArn(call.region, alias, false), LensVersion: got.version };
}
