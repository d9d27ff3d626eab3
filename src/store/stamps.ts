import type { Case } from '../domain/case/schema';
import { isRecord } from '../domain/is-record';

/*
 * Edit stamps and field paths: what every save needs, kept apart from the merge itself
 * (merge.ts), which is loaded only when another tab has written.
 */

/** `<ISO time, 24 chars>|<counter, 4 base-36 chars>|<tab id>`: string order is edit order. */
export type Stamp = string;

/** A field whose value written in THIS tab was replaced by a later edit from another tab. */
export interface FieldConflict {
  readonly caseId: string;
  readonly label: string;
  /** `label`, `patient.age`, `studies.xray.pattern`, … */
  readonly path: string;
  /** The value this tab had (undefined: it was empty). Recoverable with "keep mine". */
  readonly mine: unknown;
  /** The value the other tab wrote, now in the case. */
  readonly theirs: unknown;
}

const COUNTER_WIDTH = 4;

/** The stamp after `previous` at time `iso`, for tab `tab`: later than every stamp seen. */
export function nextStamp(previous: Stamp, iso: string, tab: string): Stamp {
  const [prevIso = '', prevCounter = '0'] = previous.split('|');
  if (iso > prevIso) return `${iso}|${'0'.padStart(COUNTER_WIDTH, '0')}|${tab}`;
  const counter = (parseInt(prevCounter, 36) + 1).toString(36).padStart(COUNTER_WIDTH, '0');
  return `${prevIso}|${counter}|${tab}`;
}

/** The tab that wrote a stamp ('' for an unstamped value). */
export const stampTab = (s: Stamp | undefined): string => s?.split('|')[2] ?? '';

/** The value of a field path in a case (undefined when it is empty). */
export function getField(c: Case, path: string): unknown {
  const [head, a, b] = path.split('.');
  if (head === 'label') return c.label;
  if (head === 'patient' && a) return (c.patient as Record<string, unknown>)[a];
  if (head === 'studies' && a && b) {
    const study = (c.studies as Record<string, unknown>)[a];
    return isRecord(study) ? study[b] : undefined;
  }
  return undefined;
}

/** A copy of the case with one field set (undefined removes it). */
export function setField(c: Case, path: string, value: unknown): Case {
  const [head, a, b] = path.split('.');
  const put = (o: Record<string, unknown>, k: string) => {
    const next = { ...o };
    if (value === undefined) delete next[k];
    else next[k] = value;
    return next;
  };
  if (head === 'label') return typeof value === 'string' ? { ...c, label: value } : c;
  if (head === 'patient' && a) return { ...c, patient: put(c.patient, a) as Case['patient'] };
  if (head === 'studies' && a && b) {
    const studies = c.studies as Record<string, Record<string, unknown>>;
    const study = studies[a];
    if (!study) return c;
    return { ...c, studies: { ...studies, [a]: put(study, b) } as Case['studies'] };
  }
  return c;
}

/** JSON with sorted keys: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}
