// Per choice of the review page, "Not applicable" with a reason (the W-A Tool's ChoiceUpdates): a <details> under
// the choice holding a checkbox and a reason list, saved with the answer form; and the marks read back from a post.
import { CHOICE_REASONS, type ChoiceMark } from '../../../review/choice-states.js';
import type { FieldMessage } from '../../../review/errors.js';
import { fill, type Lang, type Localized } from '../../../util/i18n.js';
import { formString, type FormBody } from '../form.js';

const CN = {
  summary: { en: 'Not applicable…', ja: '該当しない…' },
  marked: { en: 'Not applicable: {reason}', ja: '該当しない: {reason}' },
  toggle: { en: 'This best practice does not apply to this workload', ja: 'このベストプラクティスはこのワークロードには該当しません' },
  reason: { en: 'Why it does not apply', ja: '該当しない理由' },
  OUT_OF_SCOPE: { en: 'Out of scope', ja: '対象範囲外' },
  BUSINESS_PRIORITIES: { en: 'Business priorities', ja: 'ビジネス上の優先事項' },
  ARCHITECTURE_CONSTRAINTS: { en: 'Architecture constraints', ja: 'アーキテクチャ上の制約' },
  OTHER: { en: 'Other', ja: 'その他' },
  NONE: { en: 'No reason given', ja: '理由なし' },
  badReason: { en: 'choice {choiceId}: "{reason}" is not a reason this page offers', ja: '選択肢 {choiceId}: 「{reason}」はこのページで選べる理由ではありません' },
} as const satisfies Record<string, Localized>;

/** The label of a choice reason in `lang`. */
export function choiceReasonLabel(lang: Lang, reason: string): string {
  return (CN[reason as keyof typeof CN] ?? CN.OTHER)[lang];
}

/** A choice's "not applicable" checkbox is the field `na:<choiceId>` (its value is never a choice id, so a
 * locator by value finds only the choice itself). */
const MARK_PREFIX = 'na:';

/** The field holding a choice's reason. */
const reasonField = (choiceId: string) => `na-reason:${choiceId}`;

export function ChoiceNotApplicable(props: { lang: Lang; id: string; choiceId: string; title: string; reason: string | undefined }) {
  const { lang, id, choiceId, reason } = props;
  const marked = reason !== undefined;
  return (
    <details class="choice-na" open={marked}>
      <summary aria-label={`${CN.summary[lang]} ${props.title}`}>{marked ? CN.marked[lang].replace('{reason}', choiceReasonLabel(lang, reason)) : CN.summary[lang]}</summary>
      <p>
        <input type="checkbox" id={`${id}-na`} name={`${MARK_PREFIX}${choiceId}`} value="1" checked={marked} />
        <label for={`${id}-na`}>{CN.toggle[lang]}</label>
      </p>
      <p>
        <label for={`${id}-na-reason`}>{`${CN.reason[lang]} `}</label>
        <select id={`${id}-na-reason`} name={reasonField(choiceId)}>
          {CHOICE_REASONS.map((r) => (
            <option value={r} selected={(reason ?? 'OUT_OF_SCOPE') === r}>
              {choiceReasonLabel(lang, r)}
            </option>
          ))}
        </select>
      </p>
    </details>
  );
}

/** The choices a post marks not applicable, by choice id with their reason. */
export function postedChoiceMarks(body: FormBody): Map<string, string> {
  const ids = Object.keys(body).filter((k) => k.startsWith(MARK_PREFIX) && formString(body, k) === '1').map((k) => k.slice(MARK_PREFIX.length));
  return new Map(ids.sort().map((id) => [id, formString(body, reasonField(id)) || 'OTHER']));
}

/** Posted reasons the page does not offer (checked before anything is saved). */
export function badMarks(posted: ReadonlyMap<string, string>): FieldMessage[] {
  const out: FieldMessage[] = [];
  for (const [choiceId, reason] of posted)
    if (!(CHOICE_REASONS as readonly string[]).includes(reason)) out.push({ field: 'choiceNa', message: { en: fill(CN.badReason.en, { choiceId, reason }), ja: fill(CN.badReason.ja, { choiceId, reason }) } });
  return out;
}

/** What to change: choices newly marked or with a new reason, and marked ones no longer ticked. */
export function changedMarks(posted: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): ChoiceMark[] {
  const marks: ChoiceMark[] = [];
  for (const [choiceId, reason] of posted) if (current.get(choiceId) !== reason) marks.push({ choiceId, reason });
  for (const choiceId of current.keys()) if (!posted.has(choiceId)) marks.push({ choiceId, reason: null });
  return marks;
}
