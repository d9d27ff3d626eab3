import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { LANGS } from '../src/domain/languages';
import { loadLanguage } from '../src/i18n/translate';
import { loadWords } from '../src/i18n/clinical-words';

// `findBy…` waits for a lazy chunk (a page, an alert and its strings) that a loaded two-core
// machine may take more than the default second to transform and load: a margin, not a timing
// assertion (speed is measured by the bench scripts).
configure({ asyncUtilTimeout: 5_000 });

// Components are tested in every language; in the app Spanish, the English strings the first
// page does not draw and each language's clinical words load on demand (their loading is tested
// on its own: src/i18n/clinical-words.test.ts, and in the browser).
await Promise.all([...LANGS.map(loadLanguage), loadWords(LANGS)]);

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
