import type { ReactNode } from 'react';

/**
 * A wide table in a focusable scroll box, so the page itself never scrolls sideways. The table's
 * title sits above the box (not in a <caption>, which would scroll out of view at 360 px) and
 * names both the box and the table.
 */
export function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/** A table's header row: one column header per name, in order. */
export function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((label, i) => (
          <th key={i} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
