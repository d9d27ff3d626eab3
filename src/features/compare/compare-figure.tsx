import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

export interface LegendItem {
  /** CSS class of a colour swatch, or a text symbol shown instead. */
  readonly swatch?: string;
  readonly symbol?: string;
  readonly label: string;
}

/**
 * A chart of the comparison page as a figure: the caption names and describes it (its ids are
 * `${id}-title` and `${id}-desc`, so the chart surface can point at them too) and links to the data
 * table, which is the screen-reader path through the same figures; a legend follows the chart.
 */
export function CompareFigure({
  id,
  className,
  title,
  desc,
  tableId,
  legendClass,
  legendLabel,
  legend,
  children,
}: {
  id: string;
  className: string;
  title: string;
  desc: string;
  tableId: string;
  /** The legend's own class (its swatches are styled per chart). */
  legendClass: string;
  legendLabel: string;
  legend: readonly LegendItem[];
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <figure
      className={`compare-figure ${className}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-desc`}>
          {desc} <a href={`#${tableId}`}>{t('compare.toTable')}</a>
        </p>
      </figcaption>
      {children}
      <ul className={legendClass} aria-label={legendLabel}>
        {legend.map((item) => (
          <li key={item.label}>
            {item.swatch ? <span className={`swatch ${item.swatch}`} aria-hidden="true" /> : null}
            {item.symbol ? <span aria-hidden="true">{item.symbol} </span> : null}
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
