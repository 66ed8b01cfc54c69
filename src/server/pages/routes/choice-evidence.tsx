// Evidence where answers are made: beside a choice its mark (✓ ✗ ?), counts and conflict, with the proof
// behind a disclosure (findings at file:line, the rules with links to their pages, analysis notes); and the
// suggested answer stated plainly, with the buttons to take it. Shared by the review page and the Evidence tab.
import { isNoneChoiceId } from '../../../lens/types.js';
import { countsText, STATUS_MARK } from '../../../report/lens-view.js';
import type { ConflictKind, Suggestion, SuggestionState } from '../../../review/suggestions.js';
import { findRule } from '../../../rules/index.js';
import type { EvidenceStatus } from '../../../scan/evidence.js';
import type { AnalysisEvidenceRecord } from '../../../store/analysis-evidence-store.js';
import type { ChoiceEvidenceRecord } from '../../../store/evidence-store.js';
import { aside, fill, joinList, type Lang, type Localized } from '../../../util/i18n.js';
import { riskLabel } from '../messages.js';

/** Where the rule reference pages are published (the same pages `docs/rules/` holds). */
const RULE_DOCS_URL = 'https://github.com/slens-dev/slens/blob/main/docs/rules/';

export const EVIDENCE_WORDS = {
  status_supported: { en: 'supported', ja: '裏付けあり' },
  status_contradicted: { en: 'contradicted', ja: '反証あり' },
  status_unknown: { en: 'unknown', ja: '不明' },
  proof: { en: 'Proof', ja: '根拠' },
  proofOf: { en: 'Proof: {choice}', ja: '根拠: {choice}' },
  passes: { en: 'passes', ja: '適合' },
  passesMore: { en: 'and {n} more passing', ja: 'ほかに適合 {n} 個' },
  rulesChecked: { en: 'Rules checked', ja: '確認したルール' },
  noRule: { en: 'No rule of slens checks this practice: answer it from what you know.', ja: 'この実践を確認する slens のルールはありません。ご自身の知見で回答してください。' },
  analysis: { en: 'Analysis ({kind})', ja: '分析（{kind}）' },
  conflict_ticked: { en: 'Ticked, but the evidence contradicts it', ja: '選択されていますが、エビデンスと矛盾します' },
  conflict_unticked: { en: 'Not ticked, but the evidence supports it', ja: '選択されていませんが、エビデンスが裏付けています' },
  suggested: { en: 'Suggested answer', ja: '提案された回答' },
  basis_supported: { en: '{n} of {total} practices supported: {risk}', ja: '{total} 件中 {n} 件の実践に裏付けあり: {risk}' },
  basis_all: { en: 'All {total} practices contradicted: {risk}', ja: '{total} 件の実践すべてに反証あり: {risk}' },
  basis_none: {
    en: 'No suggestion: {contradicted} practice(s) contradicted, {unknown} without evidence. The evidence cannot decide this question.',
    ja: '提案なし: 反証あり {contradicted} 件、エビデンスなし {unknown} 件。この質問はエビデンスからは判断できません。',
  },
  state_confirmed: { en: 'Your answer is the suggested one.', ja: '回答は提案と同じです。' },
  state_answered: { en: 'Your answer differs from the suggestion.', ja: '回答は提案と異なります。' },
  take: { en: 'Take this suggestion', ja: 'この提案を採用' },
  takeReplace: { en: 'Replace my answer with this suggestion', ja: '回答をこの提案に置き換える' },
  takeHint: {
    en: 'Taking a suggestion saves it and puts an evidence summary in the notes, which you can edit.',
    ja: '提案を採用すると回答が保存され、メモにエビデンスの要約が入ります。メモは編集できます。',
  },
} as const satisfies Record<string, Localized>;

export type EvidenceWord = keyof typeof EVIDENCE_WORDS;

export function ew(lang: Lang, key: EvidenceWord, values: Record<string, string | number> = {}): string {
  return fill(EVIDENCE_WORDS[key][lang], values);
}

function statusOf(status: string): EvidenceStatus {
  return status === 'supported' || status === 'contradicted' ? status : 'unknown';
}

export function RuleLink(props: { lang: Lang; ruleId: string }) {
  const rule = findRule(props.ruleId);
  return (
    <a href={`${RULE_DOCS_URL}${encodeURIComponent(props.ruleId)}.md`} rel="noopener noreferrer" target="_blank">
      {rule ? rule.title[props.lang] : props.ruleId}
    </a>
  );
}

/**
 * The proof items of a choice: each finding, then each passing resource, with `file:line`. Evidence stored
 * without its passing resources (older imports, JSON reports) shows the findings alone: its counts say the rest.
 */
export function ProofItems(props: { lang: Lang; evidence: Pick<ChoiceEvidenceRecord, 'findings' | 'passes' | 'passed'> }) {
  const { lang, evidence } = props;
  const passes = evidence.passes ?? [];
  const more = evidence.passes ? evidence.passed - passes.length : 0;
  if (evidence.findings.length === 0 && passes.length === 0) return null;
  return (
    <ul>
      {evidence.findings.map((f) => (
        <li class="fail">
          <code>{`${f.file}:${f.line}`}</code> {f.resource} — {f.message[lang]} (<RuleLink lang={lang} ruleId={f.ruleId} />)
        </li>
      ))}
      {passes.map((p) => (
        <li class="pass">
          <code>{p.line !== undefined ? `${p.file}:${p.line}` : p.file}</code> {p.resource} — {ew(lang, 'passes')}
        </li>
      ))}
      {more > 0 ? <li class="pass muted">{ew(lang, 'passesMore', { n: more })}</li> : null}
    </ul>
  );
}

/** The conflict beside a choice, or nothing. */
export function ConflictNote(props: { lang: Lang; kind: ConflictKind | null | undefined }) {
  if (!props.kind) return null;
  return <p class="conflict">{`⚠ ${ew(props.lang, props.kind === 'ticked-contradicted' ? 'conflict_ticked' : 'conflict_unticked')}`}</p>;
}

/** The mark and counts of a choice's evidence, and its proof behind a disclosure. */
export function ChoiceEvidence(props: { lang: Lang; title: string; evidence: ChoiceEvidenceRecord | undefined; analysis: readonly AnalysisEvidenceRecord[]; conflict: ConflictKind | null | undefined; id: string }) {
  const { lang, evidence } = props;
  const status = statusOf(evidence?.status ?? 'unknown');
  const counts = evidence ? countsText({ status, passed: evidence.passed, failed: evidence.failed, rules: evidence.rules, resourceTypes: evidence.resourceTypes }, lang) : countsText({ status: 'unknown', passed: 0, failed: 0, rules: [] }, lang);
  const hasProof = (evidence && (evidence.findings.length > 0 || (evidence.passes?.length ?? 0) > 0 || evidence.rules.length > 0)) || props.analysis.length > 0;
  return (
    <div class={`evidence status-${status}`} id={props.id}>
      <span class="mark" aria-hidden="true">
        {STATUS_MARK[status]}
      </span>{' '}
      <span>{`${ew(lang, `status_${status}`)} — ${counts}`}</span>
      <ConflictNote lang={lang} kind={props.conflict} />
      {hasProof ? (
        <details class="proof">
          <summary aria-label={ew(lang, 'proofOf', { choice: props.title })}>{ew(lang, 'proof')}</summary>
          {evidence ? <ProofItems lang={lang} evidence={evidence} /> : null}
          {evidence && evidence.rules.length > 0 ? (
            <p>
              {`${ew(lang, 'rulesChecked')}: `}
              {evidence.rules.map((r, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <RuleLink lang={lang} ruleId={r} />
                </>
              ))}
            </p>
          ) : null}
          {props.analysis.map((a) => (
            <p>
              {`${STATUS_MARK[statusOf(a.status)]} ${ew(lang, 'analysis', { kind: a.kind })}: ${a.note[lang]}`}
              {a.files.length ? (
                <>
                  {' '}
                  <code>{a.files.join(', ')}</code>
                </>
              ) : null}
            </p>
          ))}
        </details>
      ) : evidence ? null : (
        <span class="muted">{` ${ew(lang, 'noRule')}`}</span>
      )}
    </div>
  );
}

/** The suggestion in words: "All 4 practices contradicted: High risk (None of these)". */
export function suggestionText(lang: Lang, suggestion: Suggestion, titleOf: (choiceId: string) => string): string {
  const { counts } = suggestion;
  const risk = riskLabel(lang, suggestion.risk);
  const choices = aside(joinList(suggestion.selectedChoices.map(titleOf), lang), lang);
  if (suggestion.basis === 'supported') return `${ew(lang, 'basis_supported', { n: counts.supported, total: counts.practices, risk })}${choices}`;
  if (suggestion.basis === 'all-contradicted') return `${ew(lang, 'basis_all', { total: counts.practices, risk })}${choices}`;
  return ew(lang, 'basis_none', { contradicted: counts.contradicted, unknown: counts.unknown });
}

/** The hidden fields a take form carries besides the CSRF token. */
export interface TakeTarget {
  /** Where the form posts. */
  action: string;
  /** The answer's version the person saw (stale: a 409 page, nothing written). */
  version: number;
  /** The page to return to: "review" or "evidence". */
  back: 'review' | 'evidence';
}

/**
 * The suggested answer with its button. Inside the answer form the button posts that form to `take.action`
 * (formaction), so the version and the token travel with it; elsewhere it is a form of its own.
 */
export function SuggestionPanel(props: { lang: Lang; suggestion: Suggestion; state: SuggestionState; titleOf: (choiceId: string) => string; take: TakeTarget; csrf: string; insideForm: boolean; headingId: string }) {
  const { lang, suggestion, state } = props;
  const canTake = suggestion.selectedChoices.length > 0 && state !== 'confirmed';
  const label = state === 'answered' ? ew(lang, 'takeReplace') : ew(lang, 'take');
  const button = props.insideForm ? (
    <button type="submit" class="secondary" formaction={props.take.action} name="back" value={props.take.back}>
      {label}
    </button>
  ) : (
    <form method="post" action={props.take.action} class="inline">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="version" value={String(props.take.version)} />
      <input type="hidden" name="back" value={props.take.back} />
      <button type="submit" class="secondary">
        {label}
      </button>
    </form>
  );
  return (
    <section class={`suggestion state-${state}`} aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>{ew(lang, 'suggested')}</h3>
      <p>{suggestionText(lang, suggestion, props.titleOf)}</p>
      {state === 'confirmed' ? <p class="muted">{ew(lang, 'state_confirmed')}</p> : state === 'answered' && suggestion.selectedChoices.length > 0 ? <p class="muted">{ew(lang, 'state_answered')}</p> : null}
      {canTake ? (
        <>
          {button}
          <p class="hint">{ew(lang, 'takeHint')}</p>
        </>
      ) : null}
    </section>
  );
}

/** A choice's title for suggestion texts: "None of these" choices keep their lens title, never the id. */
export function titleLookup(choices: readonly { choiceId?: string; id?: string; title: string }[]): (id: string) => string {
  const map = new Map(choices.map((c) => [c.choiceId ?? c.id ?? '', c.title]));
  return (id) => map.get(id) ?? (isNoneChoiceId(id) ? '—' : id);
}
