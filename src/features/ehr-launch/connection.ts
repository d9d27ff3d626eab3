/**
 * Whether this tab is connected to a health record, for the page footer: kept apart from the
 * session module so the first page carries only these few lines (session.ts holds the rest).
 */

/** The `sessionStorage` key of the launched session (session.ts). */
export const SESSION_KEY = 'scho-ehr-session';

/** Said on `window` whenever this tab connects to a record or disconnects from it. */
const SESSION_EVENT = 'scho-ehr-session-change';

export function sessionChanged(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(SESSION_EVENT));
}

/** Is this tab connected to a health record (a launched session it can file to)? */
export function connectedToRecord(): boolean {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(SESSION_KEY) != null;
  } catch {
    return false; // storage blocked: no session can have been kept
  }
}

/** Call `listener` when this tab connects to a record or disconnects; returns the unsubscribe. */
export function onRecordConnection(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener(SESSION_EVENT, listener);
  return () => window.removeEventListener(SESSION_EVENT, listener);
}
