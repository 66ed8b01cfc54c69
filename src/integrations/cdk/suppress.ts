// Suppressing a finding from CDK code: writes `Metadata.slens.ignore` on the construct's CloudFormation resource,
// so the reason travels in the synthesized template and every slens run (synth, `slens scan cdk.out`, CI) honours it.
// Duck-typed on CfnResource's metadata methods: aws-cdk-lib stays the app's own dependency.
import type { IConstruct } from 'constructs';
import type { Localized } from '../../util/i18n.js';

interface MetadataHolder {
  getMetadata(key: string): unknown;
  addMetadata(key: string, value: unknown): void;
}

const NOT_A_RESOURCE: Localized = {
  en: 'slens suppress: {path} is not a CloudFormation resource and has no default child that is one',
  ja: 'slens suppress: {path} は CloudFormation リソースではなく、リソースである既定の子もありません',
};
const NO_REASON: Localized = {
  en: 'slens suppress: a reason is required (it is shown in every report beside the suppressed finding)',
  ja: 'slens suppress: 理由は必須です（抑止した指摘の横に、すべてのレポートで表示されます）',
};

function holder(value: unknown): MetadataHolder | undefined {
  const v = value as Partial<MetadataHolder> | undefined;
  return v && typeof v.getMetadata === 'function' && typeof v.addMetadata === 'function' ? (v as MetadataHolder) : undefined;
}

/** Suppresses `rule` (an id or alias) on the resource of `construct` (itself, or its default child), with a reason. */
export function suppress(construct: IConstruct, rule: string, reason: string): void {
  if (reason.trim() === '') throw new Error(NO_REASON.en + '\n' + NO_REASON.ja);
  const target = holder(construct) ?? holder(construct.node.defaultChild);
  if (!target) throw new Error([NOT_A_RESOURCE.en, NOT_A_RESOURCE.ja].map((t) => t.replace('{path}', construct.node.path)).join('\n'));
  const existing = target.getMetadata('slens') as { ignore?: unknown } | undefined;
  const ignore = Array.isArray(existing?.ignore) ? existing.ignore : [];
  target.addMetadata('slens', { ...(existing ?? {}), ignore: [...ignore, { rule, reason }] });
}
