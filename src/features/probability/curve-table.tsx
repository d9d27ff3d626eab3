import { pct } from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import type { CurvePoint } from './curve';

/**
 * The chart's data in words: the screen-reader path through the curve. A focusable scroll box,
 * so the page never scrolls sideways at 360 px; its title sits above the box and names both.
 */
export function CurveTable({ id, points }: { id: string; points: readonly CurvePoint[] }) {
  const { t, lang } = useT();
  const title = `${id}-title`;
  if (!points.length) return <div id={id} />;
  return (
    <section className="prob-section" id={id} tabIndex={-1} aria-labelledby={title}>
      <h2 id={title}>{t('probability.table.caption')}</h2>
      {/* A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll prob-table" role="region" aria-labelledby={title} tabIndex={0}>
        <table aria-labelledby={title}>
          <thead>
            <tr>
              <th scope="col">{t('probability.table.pre')}</th>
              <th scope="col">{t('probability.table.independence')}</th>
              <th scope="col">{t('probability.table.dependence')}</th>
              <th scope="col">{t('probability.table.low')}</th>
              <th scope="col">{t('probability.table.high')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.pre}>
                <th scope="row">{pct(lang, p.pre)}</th>
                <td>{pct(lang, p.independence)}</td>
                <td>{pct(lang, p.dependence)}</td>
                <td>{pct(lang, p.band[0])}</td>
                <td>{pct(lang, p.band[1])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
