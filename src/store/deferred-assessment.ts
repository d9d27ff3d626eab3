import { useEffect, useMemo, useState } from 'react';
import type { Case } from '../domain/case/schema';
import type * as AssessModule from '../domain/engine/assess';
import type { SiteSettings } from '../domain/engine/site';
import type { Assessment } from '../domain/engine/types';
import { today } from './clock';
import { loadWords } from '../i18n/clinical-words';
import { useSettings } from './settings';

/*
 * A case's assessment for the case list's cards. Nothing here imports the engine statically: the
 * engine and the bilingual evidence registry it cites load after the first paint, and this
 * module itself loads with the first saved case's card, off the first page.
 */

type EngineModule = typeof AssessModule;

/**
 * Run the engine on a case, failing soft: the engine is pure and tested, but a page must never
 * crash on an odd case. The engine is passed in so this module never imports it statically.
 */
export function assessSafely(
  run: EngineModule['assess'],
  c: Case,
  day: string,
  site?: SiteSettings,
): Assessment | undefined {
  try {
    return run(c, day, site);
  } catch (err) {
    console.error('assess failed', err);
    return undefined;
  }
}
let engine: EngineModule | undefined;
let enginePromise: Promise<EngineModule> | undefined;

/**
 * Load the engine (and the evidence registry it cites) once, on demand, with the reader's
 * clinical words: a card reads its conclusion's label as soon as it has an assessment.
 */
function loadEngine(): Promise<EngineModule> {
  enginePromise ??= Promise.all([import('../domain/engine/assess'), loadWords()]).then(
    ([m]) => (engine = m),
  );
  return enginePromise;
}

/**
 * Like `useAssessment`, for the first page: the case list must not pull the engine and the
 * bilingual evidence registry into the entry chunk, so it loads them after the first paint.
 * `loading` is true until the engine is there; then `assessment` is set (or undefined if the
 * engine failed on this case).
 */
export function useDeferredAssessment(c: Case): { loading: boolean; assessment?: Assessment } {
  const [ready, setReady] = useState(engine !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadEngine().then(
      () => live && setReady(true),
      (err: unknown) => console.error('engine failed to load', err),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  const day = today();
  const site = useSettings((s) => s.site);
  return useMemo(() => {
    if (!ready || !engine) return { loading: true };
    const assessment = assessSafely(engine.assess, c, day, site);
    return assessment ? { loading: false, assessment } : { loading: false };
  }, [ready, c, day, site]);
}
