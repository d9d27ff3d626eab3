import { describe, expect, it } from 'vitest';
import { labelNeedsAttention, labelSegments, reviewLabel } from './label-review';

describe('reviewLabel: what a label holds that the reader should know', () => {
  it('says nothing of an ordinary label', () => {
    const r = reviewLabel('Bed 12, left leg');
    expect(r).toEqual({
      saved: 'Bed 12, left leg',
      breaks: 0,
      hidden: 0,
      lookAlikes: [],
      identity: [],
    });
    expect(labelNeedsAttention(r)).toBe(false);
  });

  it('counts line breaks and hidden characters, and gives the label it will be saved as', () => {
    const r = reviewLabel('Bed\u200B 12\nConclusion: Excluded');
    expect(r.breaks).toBe(1);
    expect(r.hidden).toBe(1);
    expect(r.saved).toBe('Bed 12 Conclusion: Excluded');
    expect(labelNeedsAttention(r)).toBe(true);
  });

  it('flags a Cyrillic or Greek letter drawn like a Latin one beside Latin letters', () => {
    expect(reviewLabel('B\u0435d 12').lookAlikes).toEqual([{ text: '\u0435', script: 'cyrillic' }]);
    expect(reviewLabel('\u0392ed 12').lookAlikes).toEqual([{ text: '\u0392', script: 'greek' }]);
  });

  it('flags a label made only of look-alikes, but not one written in Cyrillic words', () => {
    // "Вес" reads as "Bec"; "Кровать 12" (bed, in Russian) is plainly Cyrillic.
    expect(reviewLabel('\u0412\u0435\u0441').lookAlikes).toHaveLength(3);
    expect(reviewLabel('Кровать 12').lookAlikes).toEqual([]);
  });

  it('finds what looks like an identifier in the label as it will be saved', () => {
    const r = reviewLabel('John\u200B Smith');
    expect(r.identity.map((f) => [f.kind, f.text])).toEqual([['name', 'John Smith']]);
  });
});

describe('labelSegments: a stored label in pieces for the screen', () => {
  it('HAZ-46 shows every hidden character as a mark and each look-alike as flagged', () => {
    expect(labelSegments('B\u0435d\u200B 12\n!')).toEqual([
      { kind: 'text', text: 'B' },
      { kind: 'look-alike', text: '\u0435', script: 'cyrillic', latin: 'e' },
      { kind: 'text', text: 'd' },
      { kind: 'hidden', text: '\u200B', mark: '⟨U+200B⟩' },
      { kind: 'text', text: ' 12' },
      { kind: 'hidden', text: '\n', mark: '⏎' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('keeps the label whole: the pieces put together are the label', () => {
    for (const l of ['Bed 12', '\u202Egel tfel', 'a\r\nb', 'B\u0435d', '😖 🦵', '\uD800x'])
      expect(
        labelSegments(l)
          .map((s) => s.text)
          .join(''),
      ).toBe(l);
  });
});
