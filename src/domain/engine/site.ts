import { LAB_NAMES } from '../modalities/labs/words';
import type { Case } from '../case/schema';
import { MODALITIES } from '../evidence';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { kindOf } from '../modalities/core';
import { plural, type Lang, type LocalizedText } from '../text';
import { joinTexts, textByLanguage } from '../text-by-language';
import { STEP_IDS, STEP_STUDIES, type Assessment, type NextStep, type Reason } from './types';
import { said, localized } from '../words';

/**
 * This site's settings, as the engine reads them (local adaptation, as ESR iGuide does it): which
 * investigations this hospital offers, how long a typical wait is, and the units its laboratory
 * reports. They are the clinician's own statement about the hospital, not clinical evidence.
 */
export interface SiteSettings {
  /** Investigations this hospital cannot do. */
  readonly unavailable: readonly ModalityId[];
  /** A typical wait here, in days, for some investigations. */
  readonly waitDays?: Readonly<Partial<Record<ModalityId, number>>>;
  /** The units this laboratory reports, by analyte (e.g. calcium: 'mmol/L'). */
  readonly units?: Readonly<Partial<Record<string, string>>>;
}

const isAvailable = (site: SiteSettings | undefined, id: ModalityId): boolean =>
  !site?.unavailable.includes(id);

const ACTIONABLE = ['usually-appropriate', 'may-be-appropriate'] as const;
/** Short names of the known ids (a foreign saved id is left out). */
const names = (ids: readonly ModalityId[]): LocalizedText => {
  const known = ids.filter((m) => m in MODALITIES);
  return joinTexts(
    known.map((m) => MODALITIES[m].shortName),
    ' / ',
  );
};
const uniq = (refs: readonly string[]) => [...new Set(refs)];

/** "Not available here": the clinician's setting, plus what the registry says of its availability. */
function notHere(ids: readonly ModalityId[]): Reason {
  const avail = ids.flatMap((m) =>
    MODALITIES[m].availability ? [MODALITIES[m].availability] : [],
  );
  const n = names(ids);
  return {
    text: joinTexts([
      localized(said('engine.site.not-available', { studies: n })),
      ...avail.map((a) => a.text),
    ]),
    refs: uniq(avail.flatMap((a) => a.refs)),
  };
}

interface Alternative {
  readonly step: (typeof STEP_IDS)[number];
  readonly modality: ModalityId;
}

/**
 * The next best study this hospital can do: an open study the engine rates usually (then maybe)
 * appropriate today, in the order of the workup. None when nothing else is advised now.
 */
function alternative(a: Assessment, c: Case, site: SiteSettings): Alternative | undefined {
  for (const band of ACTIONABLE) {
    for (const step of STEP_IDS) {
      for (const m of STEP_STUDIES[step]) {
        // Labs steer the differential; they are no stand-in for a detection test.
        if (kindOf(m) === 'labs' || !isAvailable(site, m) || c.studies[m].status !== 'not-started')
          continue;
        if (a.advice[m].band === band) return { step, modality: m };
      }
    }
  }
  return undefined;
}

/** What to do instead: the alternative with its trade-off from the registry, or refer. */
function instead(alt: Alternative | undefined, a: Assessment, missing: readonly ModalityId[]) {
  const n = names(missing);
  const refer = localized(said('engine.site.refer', { studies: n }));
  if (!alt) return { text: refer, refs: [] as string[] };
  const m = MODALITIES[alt.modality];
  const reasons = a.advice[alt.modality].reasons;
  const why = reasons.find((r) => !r.caution);
  // The patient's cautions (pregnancy question, a child's dose, bleeding) travel with the
  // alternative as they do with the engine's own next step.
  const cautions = reasons.filter((r) => r.caution);
  const tradeOff = m.pitfalls[0];
  return {
    text: joinTexts([
      localized(said('engine.site.instead', { study: m.name })),
      ...(why ? [why.text] : []),
      ...cautions.map((c) => c.text),
      ...(tradeOff ? [localized(said('engine.site.trade-off')), tradeOff.text] : []),
      localized(said('engine.site.or-refer', { studies: n })),
    ]),
    refs: uniq([
      ...(why?.refs ?? []),
      ...cautions.flatMap((c) => c.refs),
      ...(tradeOff?.refs ?? []),
    ]),
  };
}

/**
 * The next step's same-visit orders and alternatives, without what this hospital cannot do: an
 * option to order an unavailable study is replaced by the statement that it is not available here.
 */
function withinSite(next: NextStep, site: SiteSettings): NextStep {
  const alsoNow = next.alsoNow?.filter((s) => STEP_STUDIES[s].some((m) => isAvailable(site, m)));
  const options = next.options?.map((o) =>
    o.modality && !isAvailable(site, o.modality) ? notHere([o.modality]) : o,
  );
  return {
    ...next,
    ...(next.alsoNow ? { alsoNow: alsoNow ?? [] } : {}),
    ...(options ? { options } : {}),
  };
}

function siteNextStep(a: Assessment, c: Case, site: SiteSettings): NextStep {
  const step = a.nextStep.step;
  if (step === 'complete') return a.nextStep;
  const studies = STEP_STUDIES[step];
  if (!studies.length || studies.some((m) => isAvailable(site, m)))
    return withinSite(a.nextStep, site);
  const alt = alternative(a, c, site);
  const here = notHere(studies);
  const what = instead(alt, a, studies);
  // An urgency (possible calciphylaxis) leads whatever this hospital can do instead.
  const urgent = a.urgency ? [a.urgency.reason] : [];
  return {
    step: alt ? alt.step : 'complete',
    ruleId: alt ? `site-instead-of-${step}` : `site-refer-${step}`,
    reason: {
      text: joinTexts([...urgent.map((u) => u.text), here.text, what.text]),
      refs: uniq([...urgent.flatMap((u) => u.refs), ...here.refs, ...what.refs]),
    },
  };
}

/**
 * The final pass of the engine over its own advice, for this site: an unavailable study is never
 * the suggested next step (the next best study this hospital can do, with its trade-off, or a
 * referral instead), its advice says so and what to do instead, and a typical wait is noted.
 * The bands are left as they are: appropriateness is a clinical judgement, availability is not.
 * Pure, like the rest of the engine.
 */
export function applySite(a: Assessment, c: Case, site: SiteSettings | undefined): Assessment {
  if (!site || (!site.unavailable.length && !Object.keys(site.waitDays ?? {}).length)) return a;
  const advice = { ...a.advice };
  for (const m of MODALITY_IDS) {
    const adv = advice[m];
    if (adv.band === 'done' || adv.band === 'not-done') continue;
    const wait = site.waitDays?.[m];
    if (!isAvailable(site, m)) {
      const here = notHere([m]);
      const what = instead(alternative(a, c, site), a, [m]);
      advice[m] = {
        ...adv,
        reasons: [
          { text: joinTexts([here.text, what.text]), refs: uniq([...here.refs, ...what.refs]) },
          ...adv.reasons,
        ],
      };
    } else if (wait !== undefined) {
      advice[m] = {
        ...adv,
        reasons: [
          ...adv.reasons,
          {
            text: localized(said('engine.site.typical-wait', { wait })),
            refs: [],
          },
        ],
      };
    }
  }
  return { ...a, advice, nextStep: siteNextStep(a, c, site) };
}

/** "1 day", "3 days": the wait in whole days, in the form the language's plural rules choose. */
const DAYS: Readonly<Record<'one' | 'other', LocalizedText>> = {
  one: localized(said('engine.site.day.one')),
  other: localized(said('engine.site.day.other')),
};

/**
 * The site settings in one line, for every export's provenance: a reader of the note, the case
 * file or the FHIR report knows which investigations the advice assumed were at hand.
 */
export function siteSummary(site: SiteSettings): LocalizedText {
  const parts: LocalizedText[] = [
    names(site.unavailable).en
      ? localized(said('engine.site.not-available-here', { studies: names(site.unavailable) }))
      : localized(said('engine.site.every-investigation-available')),
  ];
  const waits = MODALITY_IDS.flatMap((m) => {
    const d = site.waitDays?.[m];
    return d === undefined ? [] : [[m, d] as const];
  });
  if (waits.length) {
    const list = (lang: Lang) =>
      waits
        .map(
          ([m, d]) =>
            `${MODALITIES[m].shortName[lang]} ${d} ${plural(lang, d, { one: DAYS.one[lang], other: DAYS.other[lang] })}`,
        )
        .join(', ');
    parts.push(localized(said('engine.site.typical-waits', { list: textByLanguage(list) })));
  }
  const units = Object.entries(site.units ?? {}).filter(([, u]) => u);
  if (units.length) {
    const list = (lang: Lang) =>
      units
        .map(([k, u]) => `${LAB_NAMES[k as keyof typeof LAB_NAMES]?.[lang] ?? k} ${u}`)
        .join(', ');
    parts.push(localized(said('engine.site.lab-units', { list: textByLanguage(list) })));
  }
  return joinTexts(parts);
}

/** The heading that goes with it. */
export const SITE_HEADING = localized(said('engine.site.heading'));
