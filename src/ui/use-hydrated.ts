import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React takes over the page drawn at build time (and in that build-time render), true
 * in every other render. What the build-time page leaves out (lazy panels and notices) is drawn
 * only once this is true, so taking over finds exactly the markup it would have drawn itself.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
