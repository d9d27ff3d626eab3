import type { StateCreator, StoreMutatorIdentifier } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

/*
 * zustand's `persist`, as far as the settings store uses it, for synchronous storage only (it
 * reads localStorage; the cases are in IndexedDB, written case by case by case-sync.ts). The
 * same options and the same order of events:
 * - every `set` (the store's own, and `setState` from outside) writes `partialize(state)` with
 *   the version;
 * - hydration, when the store is created and on `persist.rehydrate()`: read; a value saved with
 *   another version goes through `migrate` (and is written back), or is dropped when there is no
 *   `migrate`; then `merge(saved, current)` replaces the state. An exception on the way (an
 *   unreadable value) leaves the state as it was.
 * zustand's middleware module costs about 1 kB gzip on the first page, most of it for
 * asynchronous storage and hydration listeners these stores never use.
 */

interface PersistOptions<S, P> {
  /** The storage key. */
  name: string;
  version: number;
  /** Undefined when there is no storage at all: the state then lives in memory only. */
  storage: PersistStorage<P> | undefined;
  partialize: (state: S) => P;
  migrate?: (saved: unknown, version: number) => P;
  merge: (saved: unknown, current: S) => S;
}

interface PersistApi {
  /** Read the saved value again, as a reload would (synchronous; the promise is for callers). */
  rehydrate: () => Promise<void>;
}

declare module 'zustand/vanilla' {
  // The type parameters must be named as zustand names them, A unused here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface StoreMutators<S, A> {
    'scho/persist': S & { persist: PersistApi };
  }
}

type Persist = <
  T,
  Mps extends [StoreMutatorIdentifier, unknown][] = [],
  Mcs extends [StoreMutatorIdentifier, unknown][] = [],
  P = T,
>(
  initializer: StateCreator<T, [...Mps, ['scho/persist', unknown]], Mcs>,
  options: PersistOptions<T, P>,
) => StateCreator<T, Mps, [['scho/persist', P], ...Mcs]>;

type State = Record<string, unknown>;
type SetState = (partial: unknown, replace?: boolean) => void;

function persistImpl(
  config: (set: SetState, get: () => State, api: object) => State,
  options: PersistOptions<State, unknown>,
) {
  return (
    set: SetState,
    get: () => State | undefined,
    api: { setState: SetState; getInitialState: () => State; persist?: PersistApi },
  ): State => {
    const save = () =>
      options.storage?.setItem(options.name, {
        state: options.partialize(get()!),
        version: options.version,
      });
    const setState = api.setState;
    api.setState = (partial, replace) => {
      setState(partial, replace);
      save();
    };
    const initial = config(
      (partial, replace) => {
        set(partial, replace);
        save();
      },
      get as () => State,
      api,
    );

    const hydrate = () => {
      try {
        const saved = options.storage?.getItem(options.name) as StorageValue<unknown> | null;
        const other =
          saved && typeof saved.version === 'number' && saved.version !== options.version;
        const migrate = other ? options.migrate : undefined;
        const state = !saved
          ? undefined
          : !other
            ? saved.state
            : migrate?.(saved.state, saved.version!);
        set(options.merge(state, get() ?? initial), true);
        if (migrate) save();
      } catch {
        // As zustand: the state stays as it was.
      }
    };
    api.persist = {
      rehydrate: async () => hydrate(),
    };
    hydrate();
    return get() ?? initial;
  };
}

export const persist = persistImpl as unknown as Persist;

/**
 * zustand's `createJSONStorage(() => localStorage)`: JSON in localStorage, or no storage at all
 * (the state kept in memory only) when localStorage cannot even be reached.
 */
export function localJsonStorage<P>(): PersistStorage<P> | undefined {
  let ls: Storage;
  try {
    ls = localStorage;
  } catch {
    return undefined;
  }
  return {
    getItem: (name) => {
      const text = ls.getItem(name);
      return text === null ? null : (JSON.parse(text) as StorageValue<P>);
    },
    setItem: (name, value) => ls.setItem(name, JSON.stringify(value)),
    removeItem: (name) => ls.removeItem(name),
  };
}
