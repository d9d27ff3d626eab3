import { create } from 'zustand';
import { closeForClearing, lockCases, openCases } from './cases';
import { useSettings } from './settings';
import { LOCK_KEY } from './storage-places';

/*
 * The device lock's state in this tab (on the first page: small; the keys and the KDF are in
 * device-lock.ts and lock-actions.ts, loaded only when the lock is used).
 *
 * - 'off': no lock on this device (cases in plain text, as before);
 * - 'locked': a lock is set and this tab holds no key: nothing of a case is in memory or drawn;
 * - 'open': unlocked in this tab; an inactivity timeout (the site's setting) locks it again.
 *
 * Locking in one tab locks every tab of the device (a BroadcastChannel notice); unlocking
 * unlocks only the tab where the passcode was typed (each tab derives its own key). A lock set
 * or removed in another tab is heard through the `storage` event.
 */

type LockStatus = 'off' | 'locked' | 'open';

interface LockState {
  readonly status: LockStatus;
  /** Another tab cleared this device ("Clear this device"). */
  readonly clearedElsewhere: boolean;
}

function hasLockRecord(): boolean {
  try {
    return localStorage.getItem(LOCK_KEY) !== null;
  } catch {
    return false;
  }
}

export const useLock = create<LockState>()(() => ({
  status: hasLockRecord() ? 'locked' : 'off',
  clearedElsewhere: false,
}));

const CHANNEL = 'scho-workup:lock';
let channel: BroadcastChannel | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastReset = 0;

/** Which events count as the clinician still being there. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

function resetTimer() {
  if (useLock.getState().status !== 'open') return;
  const now = Date.now();
  // Re-armed at most once a second: a key held down does not churn timers.
  if (timer !== undefined && now - lastReset < 1000) return;
  lastReset = now;
  clearTimeout(timer);
  timer = setTimeout(() => void lockNow(), useSettings.getState().lock.minutes * 60_000);
}

function watchActivity(on: boolean) {
  if (typeof window === 'undefined') return;
  for (const e of ACTIVITY) {
    if (on) window.addEventListener(e, resetTimer, { capture: true, passive: true });
    else window.removeEventListener(e, resetTimer, { capture: true });
  }
  clearTimeout(timer);
  timer = undefined;
  if (on) resetTimer();
}

/**
 * Lock this tab (and, unless the notice came from another tab, every other one): what was typed
 * is committed first (a failing save does not hold the lock back: what it could not commit is
 * kept encrypted in memory until the unlock), then every case is forgotten and the key dropped.
 */
export async function lockNow(fromElsewhere = false): Promise<void> {
  if (!fromElsewhere) channel?.postMessage({ type: 'lock' });
  if (useLock.getState().status !== 'open') return;
  // A field being edited commits as it loses focus.
  if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) {
    document.activeElement.blur();
  }
  watchActivity(false);
  useLock.setState({ status: 'locked' });
  await lockCases();
}

/** This tab has the key (lock-actions.ts): read the cases, start the inactivity timer. */
export async function markUnlocked(): Promise<void> {
  await openCases();
  useLock.setState({ status: 'open' });
  watchActivity(true);
}

/** The lock was removed (here, after decrypting, or in another tab). */
export async function markLockOff(): Promise<void> {
  watchActivity(false);
  useLock.setState({ status: 'off' });
  await openCases();
}

/** Tell the other tabs that this device was cleared. */
export function announceCleared(): void {
  channel?.postMessage({ type: 'cleared' });
}

if (typeof window !== 'undefined') {
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<{ type?: unknown }>) => {
      if (e.data?.type === 'lock') void lockNow(true);
      if (e.data?.type === 'cleared') {
        // Nothing of this app is left on the device: this tab forgets its cases and stops.
        watchActivity(false);
        useLock.setState({ status: 'off', clearedElsewhere: true });
        void closeForClearing();
      }
    };
  }
  window.addEventListener('storage', (e) => {
    if ((e.key !== LOCK_KEY && e.key !== null) || useLock.getState().clearedElsewhere) return;
    const status = useLock.getState().status;
    const present = hasLockRecord();
    // A lock set in another tab: this tab has no key, so it locks (and writes nothing plain).
    if (present && status === 'off') {
      useLock.setState({ status: 'open' });
      void lockNow(true);
    }
    // The lock removed in another tab (after it decrypted every case).
    if (!present && status === 'locked') void markLockOff();
  });
  useSettings.subscribe((s, prev) => {
    if (s.lock.minutes !== prev.lock.minutes && useLock.getState().status === 'open') {
      timer = undefined;
      resetTimer();
    }
  });
}
