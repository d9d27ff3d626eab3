import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadLanguage } from './i18n/translate';
import { useSettings } from './store/settings';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const lang = useSettings.getState().lang;
const warn = (err: unknown) => console.warn('language strings could not be loaded', err);

// The first page's English strings are in this chunk. Another language loads before the first
// paint, so a Spanish reader never sees English flash by (if it cannot load, which is unlikely
// as it is precached, English is the fallback). The rest of English loads just after the first
// paint; every other page waits for it (routes.tsx).
// (A promise, not top-level await: that would make the bundler split the entry into many chunks.)
//
// #root may hold the first page drawn at build time (src/app/shell.tsx, shown by index.html's
// inline script only at / to an English reader). createRoot replaces it in one commit, with the
// same markup where it was shown, so nothing moves or flashes. Not hydrateRoot: the shell is one
// fixed page (English, no saved cases, disabled controls) and the reader's may differ in
// language, cases, theme or address, and every difference would be a hydration error; drawing
// this small page costs the same main-thread time as hydrating it.
// Where the shell shows, the app takes over only after the browser has painted it: on a fast
// connection the script can arrive before the first frame, and drawing the app first would make
// the reader wait for the JavaScript after all (and the first paint that matters would be React's).
const shellShown = document.documentElement.dataset.shell !== 'off' && !!root.firstChild;
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void (
  lang === 'en' ? (shellShown ? afterPaint() : Promise.resolve()) : loadLanguage(lang).catch(warn)
).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void loadLanguage(lang).catch(warn);
});
