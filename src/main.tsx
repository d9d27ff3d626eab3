import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadLanguage } from './i18n/translate';
import { useSettings } from './store/settings';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Load the reader's language before the first paint, so a Spanish reader never sees English
// flash by. If it cannot load (it is precached, so this is unlikely), English is the fallback.
// (A promise, not top-level await: that would make the bundler split the entry into many chunks.)
void loadLanguage(useSettings.getState().lang)
  .catch((err: unknown) => console.warn('language strings could not be loaded', err))
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
