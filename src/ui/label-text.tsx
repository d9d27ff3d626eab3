import { useMemo } from 'react';
import { labelSegments } from '../domain/privacy/label-review';
import { useT } from '../i18n/use-t';
import './privacy.css';

/**
 * A case label as it really is. It is a React text child (never HTML) inside a <bdi>, so
 * right-to-left text cannot reorder the words around it; a line break, a direction override or a
 * zero-width character is drawn as a visible mark (⏎, ⟨U+202E⟩) instead of acting, so
 * "\u202Egel tfel" never reads "left leg" and "Bed 12⏎Conclusion: …" stays on one line; and a
 * letter from another alphabet drawn like a Latin one is marked, with its alphabet named for a
 * screen reader ("Bеd 12" shows the Cyrillic е).
 */
export function LabelText({ label }: { label: string }) {
  const { t } = useT();
  const segments = useMemo(() => labelSegments(label), [label]);
  return (
    <bdi className="case-label">
      {segments.map((s, i) => {
        if (s.kind === 'text') return s.text;
        if (s.kind === 'hidden')
          return (
            <span key={i} className="label-hidden" title={t('privacy.label.hiddenMark')}>
              {s.mark}
            </span>
          );
        const script = t(`privacy.label.scripts.${s.script}`);
        return (
          <mark key={i} className="label-look-alike" title={script}>
            {s.text}
            <span className="visually-hidden"> ({script})</span>
          </mark>
        );
      })}
    </bdi>
  );
}
