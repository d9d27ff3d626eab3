import { useEffect, useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';

/*
 * The service worker's registration and what it has to say, for the update prompt: the same
 * hook as vite-plugin-pwa's `virtual:pwa-register/react` (the same shape, so the prompt reads the
 * same), without workbox-window. That library (2.2 kB gzip, with its glue 3 kB) was fetched on
 * every first visit just to register the worker and follow its states; the few lines below do
 * what the prompt uses of it: register once the page has loaded and the browser is idle, say
 * "offline ready" when the first worker is installed, "new version" when another one is waiting,
 * and on "Update now" ask the waiting worker to take over (the generated sw.js skips waiting on
 * the message `{ type: 'SKIP_WAITING' }`). When a new version takes over the page (from this tab
 * or another), `onNeedReload` is called: the page never reloads itself, so a tab whose user did
 * not choose the update keeps what is on its screen (vite-plugin-pwa's hook reloads every tab
 * unless it is given that callback).
 */

interface State {
  readonly offlineReady: boolean;
  readonly needRefresh: boolean;
}

let state: State = { offlineReady: false, needRefresh: false };
const listeners = new Set<() => void>();
let waiting: ServiceWorker | undefined;
let started = false;
/** What to do when a new version takes control of this page (the prompt's latest callback). */
let onTakeover: (() => void) | undefined;

function set(next: Partial<State>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/** Trusted Types: the only script URL this module hands the browser is the worker's own. */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
  };
}

/** `sw.js` under the base path (a build setting: vite.config.ts), as a Trusted Types URL where enforced. */
function workerUrl(url: string): string {
  const tt = (window as TrustedTypesWindow).trustedTypes;
  if (!tt) return url;
  const policy = tt.createPolicy('scho-sw', {
    createScriptURL: (u) => {
      if (u !== url) throw new TypeError(`Not the app's service worker: ${u}`);
      return u;
    },
  });
  // A TrustedScriptURL: register() takes it where a string would be refused.
  return policy.createScriptURL(url) as string;
}

function watch(sw: ServiceWorker | null, seen: WeakSet<ServiceWorker>) {
  if (!sw || seen.has(sw)) return;
  seen.add(sw);
  sw.addEventListener('statechange', () => {
    if (sw.state !== 'installed') return;
    // A worker installed while another controls the page is a new version, kept waiting until
    // the reader chooses to update; the first one means everything is cached.
    if (navigator.serviceWorker.controller) {
      waiting = sw;
      set({ needRefresh: true });
    } else {
      set({ offlineReady: true });
    }
  });
}

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  const base = import.meta.env.BASE_URL;
  const reg = await container.register(workerUrl(`${base}sw.js`), { scope: base });
  const seen = new WeakSet<ServiceWorker>();
  if (reg.waiting && container.controller) {
    waiting = reg.waiting;
    set({ needRefresh: true });
  }
  watch(reg.installing, seen);
  reg.addEventListener('updatefound', () => watch(reg.installing, seen));
}

/** Register once, after the page's load and in an idle moment: it never competes with the page. */
function start() {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  // A controller replacing another is a new version taking over; the first worker to claim a
  // page that had none is not.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) onTakeover?.();
    controlled = true;
  });
  const go = () => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    idle(() => void register().catch((err: unknown) => console.warn('service worker', err)));
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

/** Ask the waiting worker to take over; `onNeedReload` follows once it controls the page. */
function updateServiceWorker(): Promise<void> {
  waiting?.postMessage({ type: 'SKIP_WAITING' });
  return Promise.resolve();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const setter =
  (key: keyof State): Dispatch<SetStateAction<boolean>> =>
  (v) =>
    set({ [key]: typeof v === 'function' ? v(state[key]) : v });
const setNeedRefresh = setter('needRefresh');
const setOfflineReady = setter('offlineReady');

/**
 * What the service worker has to say, and the way to update (vite-plugin-pwa's hook, in short).
 * `onNeedReload`: a new version has taken over this page; the caller decides whether to reload.
 */
export function useRegisterSW(options: { onNeedReload?: () => void } = {}): {
  needRefresh: [boolean, Dispatch<SetStateAction<boolean>>];
  offlineReady: [boolean, Dispatch<SetStateAction<boolean>>];
  updateServiceWorker: (reloadPage?: boolean) => Promise<void>;
} {
  const { onNeedReload } = options;
  useEffect(() => {
    onTakeover = onNeedReload;
  }, [onNeedReload]);
  useEffect(start, []);
  const s = useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
  return {
    needRefresh: [s.needRefresh, setNeedRefresh],
    offlineReady: [s.offlineReady, setOfflineReady],
    updateServiceWorker,
  };
}
