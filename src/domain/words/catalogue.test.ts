import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../languages';
import { en } from './en';
import { catalogueOf, render, said, type Code } from './index';
import { textIn } from './testing/texts';

const codes = Object.keys(en) as Code[];

/** Sample parameters for a sentence: every parameter the entry reads, as a visible marker. */
function sample(entry: unknown): unknown {
  if (typeof entry !== 'function') return undefined;
  const seen = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? 7 : undefined) });
  return seen;
}

describe('the clinical catalogues', () => {
  it('has one catalogue file for every registered language, and no file left unregistered', () => {
    // As words/index.ts finds them: every .ts file here but the module's own and its tests.
    const files = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => !['index.ts', 'types.ts', 'shape.ts'].includes(f))
      .map((f) => f.slice(0, -'.ts'.length))
      .sort();
    expect(files).toEqual([...LANGS].sort());
  });

  it('lists the same codes in every language', () => {
    for (const lang of LANGS)
      expect(Object.keys(catalogueOf(lang)).sort()).toEqual([...codes].sort());
  });

  it("writes each catalogue's numbers and plurals by its own language (not the file it was copied from)", () => {
    // A catalogue written from a copy of another compiles with the other's `formatDecimal('es', …)`
    // or `plural('es', …)`, and would give French readers Spanish decimal commas and plural rules.
    const problems = LANGS.flatMap((lang) => {
      const source = readFileSync(join(import.meta.dirname, `${lang}.ts`), 'utf8');
      return [...source.matchAll(/\b(formatDecimal|plural|pluralCategory|localeOf)\(\s*'([^']*)'/g)]
        .filter((m) => m[2] !== lang)
        .map((m) => `${lang}.ts: ${m[1]}('${m[2]}', …)`);
    });
    expect(problems).toEqual([]);
  });

  it('renders every statement in every language as a sentence: nothing empty, no placeholder left', () => {
    for (const lang of LANGS) {
      for (const code of codes) {
        const text = render({ code, params: sample(en[code]) } as never, lang);
        expect(text.trim(), `${lang} ${code}`).not.toBe('');
        // A value gone missing prints "undefined" or "NaN" only in a sentence that takes values; a
        // fixed sentence may say the word itself ("LR+ is undefined: …").
        const broken =
          typeof en[code] === 'function' ? /undefined|NaN|\[object|\$\{|\{\{/ : /\$\{|\{\{/;
        expect(text, `${lang} ${code}`).not.toMatch(broken);
      }
    }
  });

  it('renders a quoted statement or text inside a sentence in the reader language', () => {
    // Any text parameter may quote: here a record status given as another statement, then as a
    // text in every language.
    const quoted = said('record.not-final', { status: said('domain.day-phrase', { days: 5 }) });
    expect(render(quoted, 'en')).toBe(
      `Not a final result (status ${render(said('domain.day-phrase', { days: 5 }), 'en')}).`,
    );
    expect(render(quoted, 'es')).toContain(render(said('domain.day-phrase', { days: 5 }), 'es'));
    const text = said('record.not-final', { status: textIn({ en: 'amended', es: 'modificado' }) });
    expect(render(text, 'en')).toBe('Not a final result (status amended).');
    expect(render(text, 'es')).toContain('modificado');
  });

  it('gives a statement in the reader language, and the same one in every other', () => {
    const s = said('engine.next.history-first');
    expect(render(s, 'en')).toMatch(/^Record the history first/);
    expect(render(s, 'es')).toMatch(/^Registre primero la historia/);
  });
});
