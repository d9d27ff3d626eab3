import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../src/i18n/translate';

// `findBy…` waits for a lazy chunk (a page, an alert and its strings) that a loaded two-core
// machine may take more than the default second to transform and load: a margin, not a timing
// assertion (speed is measured by the bench scripts).
configure({ asyncUtilTimeout: 5_000 });

// Components are tested in both languages; in the app Spanish, and the English strings the
// first page does not draw, load on demand.
await Promise.all([loadLanguage('en'), loadLanguage('es')]);

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
