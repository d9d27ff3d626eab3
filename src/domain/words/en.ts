import { MAX_DAY_COUNT } from '../day-count';

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
  // domain/day-phrase.ts: a day count since onset in words
  'domain.day-phrase': (p: { days: number }): string =>
    p.days > MAX_DAY_COUNT
      ? "more than a year after onset (an insidious onset's date is approximate)"
      : `day ${p.days}`,
  // modalities/words.ts, shared.ts: words every study uses
  'modality.finding.normal': 'normal',
  'modality.finding.other': 'other finding (see note)',
  'modality.depth.subcutaneous': 'confined to the subcutis',
  'modality.depth.fascia-or-muscle': 'reaching fascia or muscle (atypical for SCHO)',
  'modality.finding.periostitis': 'periostitis',
  'modality.finding.no-periostitis': 'no periostitis',
  'modality.finding.wound-problem': 'wound-healing problem after the biopsy',
  'modality.fhir.finding': '{study} of the legs: finding',
  'modality.fhir.request': '{study} of the legs',
  'modality.fhir.depth': 'Depth of the deposits',
  // modalities/index.ts: the steps that are not studies
  'modality.step.patient': 'Patient and history',
  'modality.step.summary': 'Summary',
  // modalities/labs
  'modality.labs.name': 'Labs',
  'modality.labs.fhir.request': 'Phospho-calcium metabolism (calcium, phosphate)',
  'modality.labs.analyte.calcium': 'calcium',
  'modality.labs.analyte.phosphate': 'phosphate',
  'modality.labs.analyte.pth': 'PTH',
  'modality.labs.analyte.creatinine': 'creatinine',
  'modality.labs.analyte.alp': 'alkaline phosphatase',
  'modality.labs.flag.normal': 'normal',
  'modality.labs.flag.low': 'low',
  'modality.labs.flag.high': 'high',
  'modality.labs.value': '{name} {value} {unit}',
  'modality.labs.value-flag': '{name} {value} {unit} ({flag})',
  'modality.labs.flag-only': '{name} {flag}',
  'modality.labs.value-only': '{name} {value}',
  // modalities/ultrasound
  'modality.ultrasound.name': 'Ultrasound',
  'modality.ultrasound.finding.hyperechoic-shadowing':
    'hyperechogenic foci with posterior acoustic shadow in the subcutaneous layer',
  'modality.ultrasound.finding.less-echogenic-deposits':
    'less echogenic deposits (calcification pattern)',
  'modality.ultrasound.finding.indeterminate': 'indeterminate',
  'modality.ultrasound.ossification':
    'Ultrasound: hyperechogenic foci with posterior acoustic shadow in the subcutis (ossification pattern).',
  'modality.ultrasound.calcification':
    'Ultrasound: less echogenic deposits (calcification pattern rather than bone).',
  'modality.ultrasound.indeterminate':
    'Ultrasound indeterminate: it counts neither for nor against a deposit. A repeat ultrasound, or a plain film from day 14 after onset, can settle it.',
  'modality.ultrasound.normal':
    'Ultrasound normal: it is suited to early diagnosis, but no accuracy figure exists for SCHO in CVI, so it lowers rather than excludes.',
  // modalities/xray
  'modality.xray.name': 'X-ray',
  'modality.xray.finding.reticulated-bone-density':
    'reticulated subcutaneous opacities of bone density',
  'modality.xray.finding.diffuse-bone-density': 'diffuse subcutaneous opacities of bone density',
  'modality.xray.finding.punctate-calcification': 'punctate calcification',
  'modality.xray.fhir.periostitis': 'Periostitis',
  'modality.xray.ossification':
    'X-ray: diffuse or reticulated subcutaneous opacities of bone density.',
  'modality.xray.calcification':
    'X-ray: punctate calcification without a trabecular or reticular pattern.',
  'modality.xray.normal.past-blind-days': (p: { day: number }): string =>
    `X-ray normal on ${en['domain.day-phrase']({ days: p.day })}: past the 10–14 days in which a film may be normal, so it lowers the suspicion but does not remove it (in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan).`,
  'modality.xray.normal.before-day-14': (p: { day: number }) =>
    `X-ray normal on day ${p.day}, before day 14: it does not exclude ossification.`,
  'modality.xray.normal.day-unknown':
    'X-ray normal, but its day since onset is not known: it may have been too early to exclude ossification.',
  'modality.xray.other-finding':
    'X-ray: "other finding" is not weighed for or against a deposit. Read the report: if it describes one of the listed patterns, record that pattern; otherwise review it with the radiologist.',
  // modalities/scintigraphy
  'modality.scintigraphy.name': 'Bone scintigraphy',
  'modality.scintigraphy.finding.soft-tissue-uptake': 'soft-tissue hyper-uptake in the legs',
  'modality.scintigraphy.uptake':
    'Bone scintigraphy: soft-tissue hyper-uptake in the legs (sensitive, but less specific than radiography: uptake alone does not show a deposit).',
  'modality.scintigraphy.normal':
    'Bone scintigraphy normal: highly sensitive early, though a first scan can be falsely negative (7 of 60 in spinal cord injury).',
  'modality.scintigraphy.other-finding':
    'Bone scintigraphy: "other finding" is not weighed for or against a deposit. Read the report: if it describes one of the listed patterns, record that pattern; otherwise review it with the radiologist.',
  // modalities/cross-sectional: CT and MRI
  'modality.cross-sectional.finding.trabecular-plaques':
    'linear subcutaneous plaques with a trabecular/reticular pattern',
  'modality.cross-sectional.finding.amorphous-calcification':
    'amorphous calcification without trabecular bone',
  'modality.ct.name': 'CT',
  'modality.ct.ossification':
    'CT: linear subcutaneous plaques with a trabecular/reticular pattern.',
  'modality.ct.calcification': 'CT: amorphous calcification without trabecular bone.',
  'modality.ct.normal':
    'CT normal: not sensitive in early diagnosis, so it does not exclude an early lesion.',
  'modality.ct.other-finding':
    'CT: "other finding" is not weighed for or against a deposit. Read the report: if it describes one of the listed patterns, record that pattern; otherwise review it with the radiologist.',
  'modality.mri.name': 'MRI',
  'modality.mri.ossification':
    'MRI: linear subcutaneous plaques with a trabecular/reticular pattern.',
  'modality.mri.calcification': 'MRI: amorphous calcification without trabecular bone.',
  'modality.mri.normal':
    'MRI normal: not sensitive in early diagnosis, so it does not exclude an early lesion.',
  'modality.mri.normal-not-excluding':
    'MRI normal: conventional MRI has less sensitivity and specificity for calcinosis, so a normal scan does not show that there is no mineral.',
  'modality.mri.other-finding':
    'MRI: "other finding" is not weighed for or against a deposit. Read the report: if it describes one of the listed patterns, record that pattern; otherwise review it with the radiologist.',
  // modalities/biopsy
  'modality.biopsy.name': 'Biopsy',
  'modality.biopsy.finding.ossification':
    'ossification: bone trabeculae in the deep dermis and fat',
  'modality.biopsy.finding.calcification-without-bone':
    'calcium deposits without bone (calcinosis cutis)',
  'modality.biopsy.finding.other-diagnosis': 'another diagnosis (see note)',
  'modality.biopsy.finding.non-diagnostic': 'non-diagnostic sample',
  'modality.biopsy.other-diagnosis': 'Biopsy shows another diagnosis.',
  'modality.biopsy.fhir.finding': 'Skin biopsy of the legs: histology',
  'modality.biopsy.fhir.wound-problem': 'Wound-healing problem after the biopsy',
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
