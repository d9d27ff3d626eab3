/**
 * Every clinical statement the app makes, in English: one entry per sentence, keyed by a code
 * (`<concept>.<what>`), grouped by concept. A sentence with values is a function of its
 * parameters. The engine and the registry produce codes with their parameters
 * (`said('next.history-first')`); screens, the note and the FHIR narrative render them from the
 * reader's catalogue (`render`). A clinician reviewer reads the app's statements here, and in
 * `es.ts` for Spanish; `Catalogue` (./types.ts) makes every other language list the same codes
 * with the same parameters, checked by the compiler.
 *
 * Sections are moved here concept by concept; until a concept has moved, its sentences are still
 * written beside the code that produces them (`{ en, es }`, `src/domain/text.ts`).
 */
export const en = {
  // ── engine: next step, advice, timing, interpretation, differential, cautions (src/domain/engine) ──
  'next.history-first':
    'Record the history first: the onset date times the X-ray, and the risk profile (women over 50, obesity, long-standing CVI) frames the suspicion.',
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // ── end of modalities ──

  // ── record: reading the health record (src/domain/record) ──
  // record/reading.ts: why a record entry is not read
  'record.not-confirmed': 'Recorded as not confirmed (provisional, differential or unconfirmed).',
  'record.no-longer-active': 'Recorded as no longer active (inactive, in remission or resolved).',
  'record.not-final': (p: { status: string }) => `Not a final result (status ${p.status}).`,
  // record/prefill.ts
  'record.lab.no-number': 'The result has no number.',
  'record.lab.unit-not-taken': (p: { unit: string }) =>
    `In ${p.unit || 'no unit'}, a unit the case does not take: enter it by hand.`,
  'record.lab.converted': (p: {
    recorded: number;
    recordUnit: string;
    read: number;
    unit: string;
  }) => `Recorded as ${p.recorded} ${p.recordUnit}, read as ${p.read} ${p.unit}.`,
  'record.age.birth-date-without-day':
    'The birth date is recorded without its day: enter the age by hand.',
  'record.sex.unknown': 'Recorded as unknown.',
  'record.cvi.no-onset': 'Recorded without an onset date: enter the years by hand.',
  'record.cvi.varicose-veins':
    'Varicose veins are not counted as chronic venous insufficiency: if the insufficiency began then, enter its years by hand.',
  // record/kidney.ts
  'record.kidney.other-record':
    'Another CKD record was read: the latest that states a KDIGO category.',
  'record.kidney.stage-3':
    'Recorded as stage 3, which KDIGO splits into G3a and G3b: choose one if you know the eGFR.',
  'record.kidney.no-category':
    'The record says CKD without its category: choose it if you know the eGFR.',
  // record/pregnancy.ts
  'record.pregnancy.later': 'A later pregnancy status is recorded: that one is read.',
  'record.pregnancy.unknown-code':
    'The answer is not a pregnancy status code the app knows: enter it by hand.',
  'record.pregnancy.no-date': 'Recorded without a date: ask again today.',
  'record.pregnancy.current-no-date':
    'Recorded as a current pregnancy without a date: confirm it and enter it by hand.',
  'record.pregnancy.ended': (p: { weeks: number }) =>
    `Recorded more than ${p.weeks} weeks ago: that pregnancy has ended. Ask again today.`,
  'record.pregnancy.before-today': 'Recorded before today: confirm she is still pregnant.',
  'record.pregnancy.not-known': 'Recorded as not known: ask today.',
  'record.pregnancy.ask-again':
    'Recorded before today, and pregnancy status changes: ask again today.',
  // record/antithrombotics.ts: why a drug is not read as current
  'record.drug.ended': (p: { status: 'stopped' | 'completed' | 'cancelled' }) =>
    `Recorded as ${p.status}: not read as a current drug. If it is still taken, tick it by hand.`,
  'record.drug.on-hold':
    'Recorded as on hold: ask whether it is being taken now, and tick it by hand if so.',
  'record.drug.not-taken': 'Recorded as not taken.',
  'record.drug.other-status': (p: { status: string }) =>
    `Not a current order or statement (status ${p.status}): tick it by hand if it is taken.`,
  'record.drug.aspirin':
    'Aspirin: an antiplatelet at a low dose, a painkiller at a higher one, and the record’s code does not say which. If it is taken as an antiplatelet, tick “antiplatelet” by hand.',
  'record.drug.not-an-order': (p: { intent: 'proposal' | 'plan' }) =>
    `A ${p.intent}, not an order: tick it by hand if it is taken.`,
  'record.drug.taken-until': (p: { end: string }) =>
    `Recorded as taken until ${p.end}: not read as a current drug.`,
  // ── end of record ──

  // ── evidence: the evidence registry: figures, settings, references, the differential, anchors (src/domain/evidence) ──
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // ── end of probability ──
} as const satisfies Readonly<Record<string, string | ((p: never) => string)>>;
