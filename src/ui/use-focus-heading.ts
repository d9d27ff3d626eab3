import { useEffect, useRef } from 'react';

/**
 * Move focus to a page's heading when it mounts (or when `key` changes), so keyboard and
 * screen-reader users land on the new content after navigation.
 */
export function useFocusHeading<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
