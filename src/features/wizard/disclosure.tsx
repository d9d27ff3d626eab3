import { useState, type ReactNode } from 'react';
import { useSettings } from '../../store/settings';

/** Wide screens show reference material open; a phone starts with it closed (the work first). */
const WIDE = '(min-width: 48rem)';

/**
 * Reference material on a step page, in a native disclosure (`<details>`/`<summary>`: keyboard
 * and screen-reader support come with the element). Closed by default on a phone, open on a
 * wide screen; once the user opens or closes a kind of section, that choice is remembered on
 * this device for every step.
 */
export function Disclosure({
  kind,
  title,
  headingId,
  className = '',
  children,
}: {
  /** Which kind of section ("facts", "glance", "compare"): the remembered choice is per kind. */
  kind: string;
  title: ReactNode;
  headingId: string;
  className?: string;
  children: ReactNode;
}) {
  const stored = useSettings((s) => s.disclosures[kind]);
  const remember = useSettings((s) => s.setDisclosure);
  const [wide] = useState(() => typeof matchMedia === 'function' && matchMedia(WIDE).matches);
  const open = stored ?? wide;
  return (
    <details
      className={`card disclosure ${className}`}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) remember(kind, now);
      }}
    >
      <summary>
        <h2 id={headingId}>{title}</h2>
      </summary>
      <div className="disclosure-body">{children}</div>
    </details>
  );
}
