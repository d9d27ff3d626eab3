import { LANGS } from '../domain/languages';

// The clinical words as the app meets them: each language's catalogue a chunk of its own, loaded
// only when asked for. Every other test runs with all of them loaded (tests/setup.ts), so these
// start from fresh copies of the modules, with no language loaded.
async function fresh() {
  vi.resetModules();
  const words = await import('../domain/words');
  const clinical = await import('./clinical-words');
  const translate = await import('./translate');
  const { useSettings } = await import('../store/settings');
  return { words, clinical, translate, useSettings };
}

describe('loading the clinical words', () => {
  it('HAZ-79 loads no language by itself; a text read in a language whose words are not here fails naming it, never shown in another language', async () => {
    const { words } = await fresh();
    for (const lang of LANGS) expect(words.hasClinicalWords(lang)).toBe(false);
    const s = words.said('engine.next.history-first');
    expect(() => words.render(s, 'es')).toThrow(
      "The clinical words of 'es' are read before they were loaded: wait for loadClinicalWords('es') first",
    );
  });

  it("loads the reader's language only: an English reader never downloads the Spanish words", async () => {
    const { words, clinical, useSettings } = await fresh();
    useSettings.setState({ lang: 'en' });
    await clinical.loadWords();
    expect(words.hasClinicalWords('en')).toBe(true);
    expect(words.hasClinicalWords('es')).toBe(false);
    expect(words.render(words.said('engine.next.history-first'), 'en')).toMatch(
      /^Record the history first/,
    );
  });

  it('lets the evidence registry and the engine load with no words: their texts are made when read', async () => {
    // The cold deep link fetches the page's code and the words side by side: a module that read a
    // text as it loads would fail whenever its chunk arrived first.
    const { words } = await fresh();
    const { assess } = await import('../domain/engine/assess');
    await import('../domain/evidence');
    const { seedCase } = await import('../domain/case/fixtures');
    const a = assess(seedCase('2020-03-01'), '2020-03-10');
    expect(LANGS.some((lang) => words.hasClinicalWords(lang))).toBe(false);
    await words.loadClinicalWords('es');
    expect(a.interpretation.label.es).not.toBe('');
  });

  it('collects an assessment’s citations without rendering its texts in any language', async () => {
    // The summary lists the references an assessment cites by walking it: a walk that read every
    // text would render them in each language, with the reader's alone loaded.
    const { words } = await fresh();
    const { assess } = await import('../domain/engine/assess');
    const { collectRefIds } = await import('../domain/evidence');
    const { seedCase } = await import('../domain/case/fixtures');
    const refs = collectRefIds(assess(seedCase('2020-03-01'), '2020-03-10'), new Set());
    expect(refs.has('garcia-arpa-2020')).toBe(true);
    expect(LANGS.some((lang) => words.hasClinicalWords(lang))).toBe(false);
  });

  it('brings a language’s words with its strings once clinical words are in use (a switch of language)', async () => {
    const { words, clinical, translate, useSettings } = await fresh();
    // On the first page, before any clinical text: a language's strings come alone.
    await translate.loadLanguage('es');
    expect(words.hasClinicalWords('es')).toBe(false);
    // A page with clinical text has loaded the reader's words; switching to Spanish now waits
    // for the Spanish words before the language changes (layout.tsx: loadLanguage, then setLang).
    useSettings.setState({ lang: 'en' });
    await clinical.loadWords();
    await translate.loadLanguage('es');
    expect(words.hasClinicalWords('es')).toBe(true);
  });

  it('makes a switch begun before clinical words came into use wait for the new language’s words', async () => {
    // The reader picks Spanish on the case list while its cards start assessing their cases (in
    // English, the language still shown): the switch must not end with Spanish advice drawn
    // before the Spanish words are here.
    const { words, clinical, translate, useSettings } = await fresh();
    useSettings.setState({ lang: 'en' });
    const switching = translate.loadLanguage('es');
    await clinical.loadWords();
    await switching;
    expect(words.hasClinicalWords('es')).toBe(true);
  });

  it('loads every language asked for (an export carries texts in each)', async () => {
    const { words, clinical } = await fresh();
    await clinical.loadWords(LANGS);
    for (const lang of LANGS) expect(words.hasClinicalWords(lang)).toBe(true);
  });
});
