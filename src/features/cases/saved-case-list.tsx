import { useId, useMemo, useState } from 'react';
import type { Case } from '../../domain/case/schema';
import { useT } from '../../i18n/use-t';
import { CaseCard } from './case-card';

/** Cards drawn at once; "Show more" adds as many again. */
const PAGE = 50;

/** Lower case, without accents: "Cama 12" finds "cama 12" and "Cáma 12". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * The saved cases as cards, a page at a time, with a search by label: a thousand cases are drawn
 * fifty at a time (each card runs the engine), and a clinician looking for "Bed 12" types it.
 * The search box and the count it gives are there once there are more cases than one page.
 */
export function SavedCaseList({
  list,
  focusId,
  onDeleted,
  onNotice,
}: {
  list: readonly Case[];
  focusId: string | undefined;
  onDeleted: (id: string) => void;
  onNotice: (message: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [pages, setPages] = useState(1);
  const q = fold(query);
  const found = useMemo(
    () => (q ? list.filter((c) => fold(c.label).includes(q)) : list),
    [list, q],
  );
  // A case restored by Undo is shown (and focused) wherever it sits in the list.
  const focusAt = focusId ? found.findIndex((c) => c.id === focusId) : -1;
  const shown = Math.max(pages * PAGE, focusAt + 1);
  const visible = found.slice(0, shown);
  const rest = found.length - visible.length;
  const searchable = list.length > PAGE || query !== '';

  return (
    <>
      {searchable ? (
        <div className="case-search">
          <label htmlFor={`${id}-search`}>{t('savedCases.list.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPages(1);
            }}
          />
          <p role="status" className="case-count">
            {q
              ? found.length
                ? t('savedCases.list.matches', { count: found.length })
                : t('savedCases.list.noMatch', { query: query.trim() })
              : null}
          </p>
        </div>
      ) : null}
      <ul className="case-list">
        {visible.map((c) => (
          <CaseCard
            key={c.id}
            c={c}
            focusOnMount={c.id === focusId}
            onDeleted={() => onDeleted(c.id)}
            onNotice={onNotice}
          />
        ))}
      </ul>
      {rest > 0 ? (
        <p className="case-more">
          {t('savedCases.list.showing', { shown: visible.length, count: found.length })}{' '}
          <button type="button" onClick={() => setPages((p) => p + 1)}>
            {t('savedCases.list.more', { n: Math.min(PAGE, rest) })}
          </button>
        </p>
      ) : null}
    </>
  );
}
