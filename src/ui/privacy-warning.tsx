import { useDeferredValue, useMemo } from 'react';
import { findIdentifiers, type IdentityFinding } from '../domain/privacy/identity';
import { reviewLabel, type LabelReview } from '../domain/privacy/label-review';
import type { TFunction } from '../i18n/translate';
import { useT } from '../i18n/use-t';
import './privacy.css';

/**
 * The identity guard's warnings. They say what was seen and why the app asks for a pseudonym;
 * they never block and never change what was typed. Each is a paragraph in a polite live region
 * the field points to (aria-describedby), so a screen reader hears it as it appears.
 */

/** How many findings to name before "and N more". */
const NAMED = 4;

/** "what looks like a personal name (“John Smith”); an NHS number (“943 476 5919”: …)". */
function describeFindings(found: readonly IdentityFinding[], t: TFunction): string {
  const named = found
    .slice(0, NAMED)
    .map((f) => t(`privacy.identity.kinds.${f.kind}`, { text: f.text }));
  if (found.length > NAMED) named.push(t('privacy.identity.more', { count: found.length - NAMED }));
  return named.join('; ');
}

const letters = (r: LabelReview, t: TFunction) =>
  r.lookAlikes
    .map((l) =>
      t('privacy.label.letter', { letter: l.text, script: t(`privacy.label.scripts.${l.script}`) }),
    )
    .join(', ');

/** The paragraphs to show for a label as it is typed, or as it is stored. */
function labelLines(label: string, stored: boolean, t: TFunction): string[] {
  const r = reviewLabel(label);
  const lines: string[] = [];
  if (r.identity.length)
    lines.push(
      t(stored ? 'privacy.identity.stored' : 'privacy.identity.label', {
        found: describeFindings(r.identity, t),
      }),
    );
  if (stored) {
    if (r.breaks + r.hidden) lines.push(t('privacy.label.storedHidden'));
    if (r.lookAlikes.length)
      lines.push(t('privacy.label.storedLookAlike', { letters: letters(r, t) }));
    return lines;
  }
  if (r.breaks) lines.push(t('privacy.label.breaks'));
  if (r.hidden) lines.push(t('privacy.label.hidden', { count: r.hidden }));
  if (r.saved && (r.breaks || r.hidden || r.saved !== label.trim()))
    lines.push(t('privacy.label.savedAs', { label: r.saved }));
  if (r.lookAlikes.length) lines.push(t('privacy.label.lookAlike', { letters: letters(r, t) }));
  return lines;
}

function Warning({ lines }: { lines: readonly string[] }) {
  if (!lines.length) return null;
  return (
    <div className="privacy-warning">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}

/**
 * What a label holds that the reader should know: for a label being typed, what looks
 * identifying, what will be tidied and look-alike letters; for a stored one, the same said as
 * advice to rename it.
 */
export function LabelWarning({ label, stored = false }: { label: string; stored?: boolean }) {
  const { t } = useT();
  // Checked in a render of its own once the field is drawn (the guard's patterns are a long task
  // on a phone, the first time): '' until then, which has nothing to find, so a page opened cold
  // paints without compiling them.
  const deferred = useDeferredValue(label, '');
  const lines = useMemo(
    () => (deferred ? labelLines(deferred, stored, t) : []),
    [deferred, stored, t],
  );
  return <Warning lines={lines} />;
}

/** What in a free-text note looks like it identifies the patient. */
export function NoteWarning({ text }: { text: string }) {
  const { t } = useT();
  // As for a label: a note shown when a page opens is checked just after it is drawn.
  const deferred = useDeferredValue(text, '');
  const lines = useMemo(() => {
    const found = deferred ? findIdentifiers(deferred, 'note') : [];
    return found.length ? [t('privacy.identity.note', { found: describeFindings(found, t) })] : [];
  }, [deferred, t]);
  return <Warning lines={lines} />;
}
