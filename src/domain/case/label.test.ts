import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { labelSkeleton, normaliseLabel, visibleLabel } from './label';

describe('normaliseLabel: what a new or renamed label is saved as', () => {
  it('keeps an ordinary label as it is', () => {
    expect(normaliseLabel('Bed 12, left leg')).toBe('Bed 12, left leg');
    expect(normaliseLabel('Cama 12 — pierna izq. 🦵')).toBe('Cama 12 — pierna izq. 🦵');
  });

  it('makes one line: a line break becomes a space', () => {
    expect(normaliseLabel('Bed 12\nConclusion: Excluded')).toBe('Bed 12 Conclusion: Excluded');
    expect(normaliseLabel('a\r\nb\u2028c\u0085d\u000Be\tf')).toBe('a b c d e f');
  });

  it('removes what cannot be seen: zero-width characters, direction controls, soft hyphens', () => {
    expect(normaliseLabel('Bed\u200B 12')).toBe('Bed 12');
    expect(normaliseLabel('\u202Egel tfel')).toBe('gel tfel');
    expect(normaliseLabel('\u2066Bed\u2069 \uFEFF12\u00AD')).toBe('Bed 12');
    expect(normaliseLabel('Bed\u3164 12')).toBe('Bed 12');
  });

  it('folds compatibility forms (NFKC) and collapses spaces', () => {
    expect(normaliseLabel('Ｂｅｄ　１２')).toBe('Bed 12');
    expect(normaliseLabel('  Bed \u00A0\u2003 12  ')).toBe('Bed 12');
  });

  it('keeps look-alike letters as typed (they are shown and warned about instead)', () => {
    expect(normaliseLabel('B\u0435d 12')).toBe('B\u0435d 12');
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 200 })])(
    'gives one trimmed line with nothing hidden, and is idempotent',
    (s) => {
      const n = normaliseLabel(s);
      expect(n).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{DI}\u2028\u2029]/u);
      expect(n).not.toMatch(/\s{2}/);
      expect(n).toBe(n.trim());
      expect(normaliseLabel(n)).toBe(n);
    },
  );
});

describe('labelSkeleton: labels that look the same compare the same (TR #39)', () => {
  it('HAZ-45 "Bed 12", "Bed\\u200B 12", "Bеd 12" (Cyrillic е) and "Βed 12" (Greek Β) are one skeleton', () => {
    const s = labelSkeleton('Bed 12');
    expect(labelSkeleton('Bed\u200B 12')).toBe(s);
    expect(labelSkeleton('B\u0435d 12')).toBe(s);
    expect(labelSkeleton('\u0392ed 12')).toBe(s);
    expect(labelSkeleton('Bed l2')).toBe(s);
    expect(labelSkeleton('Bed  12 ')).toBe(s);
  });

  it('keeps labels that look different apart', () => {
    expect(labelSkeleton('Bed 12')).not.toBe(labelSkeleton('Bed 13'));
    expect(labelSkeleton('Bed 12')).not.toBe(labelSkeleton('bed 12'));
    expect(labelSkeleton('Cama 3')).not.toBe(labelSkeleton('Cama 8'));
  });

  it('treats a precomposed and a decomposed accent alike', () => {
    expect(labelSkeleton('Habitaci\u00F3n 4')).toBe(labelSkeleton('Habitacio\u0301n 4'));
  });
});

describe('visibleLabel: a stored label shown with nothing hidden', () => {
  it('HAZ-46 shows a line break and a direction override as marks, not as a second line or reversed words', () => {
    expect(visibleLabel('Bed 12\nConclusion: Excluded, no further imaging')).toBe(
      'Bed 12⏎Conclusion: Excluded, no further imaging',
    );
    expect(visibleLabel('\u202Egel tfel')).toBe('⟨U+202E⟩gel tfel');
    expect(visibleLabel('Bed\u200B 12')).toBe('Bed⟨U+200B⟩ 12');
    expect(visibleLabel('Bed 12')).toBe('Bed 12');
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 200 })])(
    'never holds a line break or an invisible character',
    (s) => {
      expect(visibleLabel(s)).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{DI}\u2028\u2029]/u);
    },
  );
});
