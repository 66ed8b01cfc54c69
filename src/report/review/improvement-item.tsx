// One best practice to adopt: its title, its improvement text as plain prose, and a short link to the guidance.
// The text is often a paragraph; as a link it was a wall of underlined blue, hard to read on screen.
import type { Lang } from '../../util/i18n.js';
import { t } from './messages.js';

export interface Improvement {
  title: string;
  text: string;
  url?: string | null;
}

export function ImprovementItem(props: { lang: Lang; improvement: Improvement }) {
  const { lang, improvement: imp } = props;
  return (
    <li>
      <strong>{imp.title}</strong>
      {' — '}
      <span>{imp.text}</span>
      {imp.url ? (
        <>
          {' '}
          <a href={imp.url} rel="noopener noreferrer" aria-label={`${t(lang, 'improvementGuide')}: ${imp.title}`}>
            {t(lang, 'improvementGuide')}
          </a>
        </>
      ) : null}
    </li>
  );
}
