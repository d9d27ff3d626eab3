import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../src/i18n/translate';

// Components are tested in both languages; in the app Spanish, and the English strings the
// first page does not draw, load on demand.
await Promise.all([loadLanguage('en'), loadLanguage('es')]);

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
