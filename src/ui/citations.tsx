import { Link } from 'react-router';
import { getReference, shortCitation } from '../domain/evidence';
import { useT } from '../i18n/use-t';
import './ui.css';

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
