import { Link } from 'react-router';
import { getReference, type Reference } from '../domain/evidence';
import { useT } from '../i18n/use-t';
import './ui.css';

const PHRASE_AUTHORS = /^(not confirmed|authors? )/i;

/**
 * "García-Arpa 2020": first author's surname and year. Where the registry has no author
 * (an unconfirmed row, a web resource), the source name stands in.
 */
export function shortCitation(ref: Reference): string {
  let who: string;
  if (!PHRASE_AUTHORS.test(ref.authors)) {
    who = (ref.authors.split(',')[0] ?? ref.authors).trim().replace(/ [A-Z]{1,3}$/, '');
  } else {
    who = (ref.source.split(/[;(]/)[0] ?? ref.source).trim();
  }
  const year = ref.year !== undefined && !who.includes(String(ref.year)) ? ` ${ref.year}` : '';
  return `${who}${year}`;
}

/** Reference ids resolved to short citations, each linking to its entry on the evidence page. */
export function Citations({ refs }: { refs: readonly string[] }) {
  const { t } = useT();
  if (!refs.length) return null;
  return (
    <span className="citations">
      {' ('}
      {refs.map((id, i) => {
        const ref = getReference(id);
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            {ref ? (
              <Link to={`/evidence#ref-${id}`} title={ref.title}>
                {shortCitation(ref)}
              </Link>
            ) : (
              t('wizard.cite.unknown', { id })
            )}
          </span>
        );
      })}
      {')'}
    </span>
  );
}
