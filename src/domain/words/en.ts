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
  'next.first-visit-history':
    'First visit: order the ultrasound, the technique of choice for early diagnosis (fast, accessible and economical), and draw the phospho-calcium labs the same day (normal in SCHO; abnormal values point to other causes). Record the history on this page as you go: the onset date times the X-ray, and the risk profile (women over 50, obesity, long-standing CVI) frames the suspicion.',
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // ── end of modalities ──

  // ── record: reading the health record (src/domain/record) ──
  // ── end of record ──

  // ── evidence: the evidence registry: figures, settings, references, the differential, anchors (src/domain/evidence) ──
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // the summary and the exports: statuses, history words, the note (export/vocabulary.ts)
  'export.study-status.not-done': 'not done',
  'export.study-status.planned': 'requested, result awaited',
  'export.study-status.done': 'done',
  'export.study-status.deferred': 'deferred',
  'export.skip-reason.not-available': 'not available',
  'export.skip-reason.declined': 'declined by the patient',
  'export.skip-reason.not-indicated': 'not indicated',
  'export.skip-reason.other': 'other reason',
  'export.sex.female': 'woman',
  'export.sex.male': 'man',
  'export.sex.other': 'patient',
  'export.laterality.left': 'left leg',
  'export.laterality.right': 'right leg',
  'export.laterality.bilateral': 'both legs',
  'export.worse-side.left': 'worse on the left',
  'export.worse-side.right': 'worse on the right',
  'export.worse-side.equal': 'both alike',
  'export.pregnancy.not-applicable': 'pregnancy not applicable',
  'export.pregnancy.not-pregnant': 'not pregnant',
  'export.pregnancy.possibly': 'possibly pregnant',
  'export.pregnancy.pregnant': 'pregnant',
  'export.pregnancy.unknown': 'pregnancy status not known',
  'export.antithrombotic.none': 'no antithrombotic drug',
  'export.antithrombotic.anticoagulant-vka': 'vitamin K antagonist (warfarin)',
  'export.antithrombotic.anticoagulant-other': 'other anticoagulant',
  'export.antithrombotic.antiplatelet': 'antiplatelet drug',
  'export.antithrombotic.unknown': 'antithrombotic drugs not known',
  'export.ckd.none': 'no chronic kidney disease',
  'export.ckd.g1': 'chronic kidney disease G1',
  'export.ckd.g2': 'chronic kidney disease G2',
  'export.ckd.g3a': 'chronic kidney disease G3a',
  'export.ckd.g3b': 'chronic kidney disease G3b',
  'export.ckd.g4': 'chronic kidney disease G4',
  'export.ckd.g5': 'kidney failure (CKD G5)',
  'export.ckd.stage-unknown': 'chronic kidney disease (category not known)',
  'export.ckd.unknown': 'kidney function not known',
  'export.dialysis.yes': 'on dialysis',
  'export.dialysis.no': 'not on dialysis',
  'export.dialysis.unknown': 'dialysis not known',
  'export.pain.none': 'painless',
  'export.pain.mild': 'mild pain',
  'export.pain.moderate': 'moderate pain',
  'export.pain.severe': 'severe pain',
  'export.skin.normal': 'normal overlying skin',
  'export.skin.cvi-changes': 'signs of venous insufficiency',
  'export.skin.venous-ulcer': 'venous ulcer',
  'export.skin.livedo-racemosa': 'livedo racemosa',
  'export.skin.necrosis': 'skin necrosis',
  'export.phrase.age-sex': (p: { age: number; sex: string }) => `${p.age}-year-old ${p.sex}`,
  'export.phrase.age': (p: { age: number }) => `${p.age} years old`,
  'export.phrase.obesity': 'obesity',
  'export.phrase.no-obesity': 'no obesity',
  'export.phrase.cvi': 'chronic venous insufficiency',
  'export.phrase.cvi-long-standing': 'long-standing chronic venous insufficiency',
  'export.phrase.cvi-years': (p: { years: string }) => `for ${p.years} years`,
  'export.phrase.ceap': (p: { ceap: string }) => `CEAP ${p.ceap}`,
  'export.phrase.prior-dvt': 'prior deep vein thrombosis',
  'export.phrase.no-prior-dvt': 'no prior deep vein thrombosis',
  'export.phrase.immobility': 'immobility',
  'export.phrase.childhood-onset': 'lesions since childhood',
  'export.phrase.hardening': 'Hardening of the legs',
  'export.phrase.lower-third': 'lower third',
  'export.phrase.posterior-lateral': 'posterior and lateral aspects',
  'export.phrase.onset': (p: { date: string }) => `onset ${p.date}`,
  'export.phrase.onset-day': (p: { date: string; days: number }) =>
    `onset ${p.date} (day ${p.days})`,
  'export.phrase.onset-over-a-year': (p: { date: string }) =>
    `onset ${p.date} (more than a year ago; an insidious onset’s date is approximate)`,
  'export.phrase.no-result': 'no result entered',
  'export.phrase.dated': (p: { name: string; date: string }) => `${p.name} (${p.date})`,
  'export.phrase.skipped-because': (p: { reason: string }) => `not done (${p.reason})`,
  'export.note.subtitle':
    'Subcutaneous heterotopic ossification of the legs in chronic venous insufficiency',
  'export.note.heading.date': 'Date',
  'export.note.days-since-onset': (p: { days: number }) => `day ${p.days} since onset`,
  'export.note.over-a-year-since-onset': 'more than a year since onset',
  'export.note.urgent': 'URGENT',
  'export.note.heading.history': 'History',
  'export.note.heading.background': 'Background',
  'export.note.heading.labs': 'Labs',
  'export.note.heading.findings': 'Findings',
  'export.note.heading.not-done': 'Not done',
  'export.note.labs-not-done': 'Not done yet.',
  'export.note.heading.assessment': 'Assessment',
  'export.note.heading.lab-flag': 'Lab red flag',
  'export.note.full-note': 'full note',
  'export.note.heading.risk-profile': 'Risk profile',
  'export.note.risk-present': (p: { present: number; recorded: number }) =>
    `${p.present} of 5 features present (${p.recorded} recorded)`,
  'export.note.heading.differential': 'Differential',
  'export.note.raised': 'raised by this case',
  'export.note.consider': 'keep in mind',
  'export.note.heading.plan': 'Plan',
  'export.note.heading.next-step': 'Next step',
  'export.note.heading.appropriate-now': 'Usually appropriate now',
  'export.note.heading.open': 'Still open',
  'export.note.nothing-open': 'Nothing open.',
  'export.note.heading.timing': 'Timing',
  'export.note.xray-from': (p: { date: string }) =>
    `From ${p.date} (day 14) a normal plain film lowers but does not remove the suspicion; before it, a normal film does not exclude.`,
  'export.note.heading.references': 'References',
  'export.note.generated': (p: { version: string; date: string }) =>
    `Leg ossification workup, engine ${p.version}, assessed on ${p.date}. Pseudonymous case: no name or identifier.`,
  // how sure the assessment is (export/certainty-lines.ts)
  'export.certainty.heading': 'How sure, and why',
  'export.certainty.tissue': 'What the lesion is made of',
  'export.certainty.unresolved': 'Findings disagree (unresolved)',
  'export.certainty.noted': 'Findings disagree (noted; the stronger evidence stands)',
  'export.certainty.resolve': 'What resolves it',
  'export.certainty.why-not-surer': 'Why not surer',
  'export.certainty.context': 'Context (does not override histology)',
  'export.certainty.contributors': 'Possible contributors',
  'export.certainty.lab-input': 'Lab values not used',
  'export.certainty.also-now': 'At the same visit',
  'export.certainty.options': 'Options',
  // provenance and the appropriateness bands (export/provenance.ts)
  'export.provenance.line': (p: { version: string; sha256: string; engine: string }) =>
    `Evidence pack ${p.version} (SHA-256 ${p.sha256}); engine ${p.engine}.`,
  'export.band.usually-appropriate': 'Usually appropriate',
  'export.band.may-be-appropriate': 'May be appropriate',
  'export.band.usually-not-appropriate': 'Usually not appropriate',
  'export.band.done': 'Already done',
  'export.band.not-done': 'Not done',
  // the FHIR Bundle: code texts, conditions, legs, requests (export/fhir)
  'export.fhir.code.age-bracket': 'Age bracket',
  'export.fhir.code.obesity': 'Obesity',
  'export.fhir.code.cvi-years': 'Duration of chronic venous insufficiency',
  'export.fhir.code.long-standing-cvi':
    'Long-standing chronic venous insufficiency (clinician judgement)',
  'export.fhir.code.ceap': 'CEAP clinical class',
  'export.fhir.code.prior-dvt': 'Prior deep vein thrombosis',
  'export.fhir.code.immobility': 'Immobility',
  'export.fhir.code.onset': 'Onset of hardening of the legs',
  'export.fhir.code.laterality': 'Legs affected',
  'export.fhir.code.lower-third': 'Lower third of the leg affected',
  'export.fhir.code.posterior-lateral': 'Posterior or lateral aspect affected',
  'export.fhir.code.pain': 'Pain',
  'export.fhir.code.skin': 'Skin over the plaques',
  'export.fhir.code.worse-side': 'Worse leg',
  'export.fhir.code.ckd': 'Chronic kidney disease (KDIGO GFR category)',
  'export.fhir.code.dialysis': 'Dialysis',
  'export.fhir.code.pregnancy': 'Pregnancy status',
  'export.fhir.code.antithrombotics': 'Anticoagulant or antiplatelet therapy',
  'export.fhir.code.childhood-onset': 'Lesions since childhood',
  'export.fhir.code.history': 'History (free text)',
  'export.fhir.code.lab': (p: { analyte: string }) => `${p.analyte}, serum or plasma`,
  'export.fhir.code.report':
    'Workup (labs, imaging, biopsy) for suspected subcutaneous heterotopic ossification of the legs',
  'export.fhir.code.engine': (p: { version: string }) => `Engine version ${p.version}`,
  'export.fhir.code.years': 'years',
  'export.fhir.condition.scho': 'Subcutaneous heterotopic ossification of the legs (SCHO)',
  'export.fhir.condition.calcinosis-cutis': 'Calcinosis cutis of the legs',
  'export.fhir.leg.left': 'Left leg',
  'export.fhir.leg.right': 'Right leg',
  'export.fhir.leg.bilateral': 'Both legs',
  'export.fhir.step-request': (p: { study: string }) => `${p.study} of the legs (extent)`,
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // the explorer's statistical wording, on screen and in its export (probability/vocabulary.ts)
  'probability.no-lr': 'No likelihood ratio can be computed from the sources.',
  'probability.no-lr-why':
    'No source gives a 2×2 table (true and false positives and negatives against a reference standard) for this investigation, so any number would be invented.',
  'probability.lr-name.positive': 'LR+',
  'probability.lr-name.negative': 'LR−',
  'probability.undefined.no-false-positives':
    'LR+ is undefined: the source’s table has no false positives, so 1 − specificity is 0 and the ratio divides by zero.',
  'probability.undefined.no-true-negatives':
    'LR− is undefined: the source’s table has no true negatives, so specificity is 0 and the ratio divides by zero.',
  'probability.undefined.no-cases': 'Undefined: the table has no one with the target condition.',
  'probability.undefined.no-non-cases':
    'Undefined: the table has no one without the target condition.',
  'probability.zero-numerator':
    'A zero cell: the point estimate is 0 and its log-method confidence interval does not exist.',
  'probability.corrected':
    'continuity-corrected (0.5 added to every cell), not the source’s estimate',
  'probability.what-if': 'WHAT-IF: the clinician’s assumption, not evidence',
  'probability.judgement': 'the clinician’s own judgement, not from a source',
  'probability.not-ossification':
    'Calcification is not ossification: this anchor counts calcium deposits, not bone.',
  'probability.extrapolated': 'extrapolated',
  'probability.concordance.all-positive': 'all results positive',
  'probability.concordance.all-negative': 'all results negative',
  'probability.concordance.discordant':
    'the results disagree: name the discordance and what would resolve it',
  'probability.concordance.none': 'no results',
  'probability.dependence-why':
    'Tests that see the same thing (ultrasound, X-ray and CT all detect mineral) are not independent. Multiplying their likelihood ratios (independence) overstates the result; counting only the single most informative result (full dependence) may understate it. The truth lies between, so both ends are shown.',
  'probability.zone.below-test': 'below the test threshold',
  'probability.zone.test': 'between the thresholds (test)',
  'probability.zone.above-treatment': 'above the treatment/biopsy threshold',
  'probability.verdict.crosses':
    'The post-test range crosses a threshold: whether this result changes what you do depends on where in the range this leg lies, which the evidence cannot say.',
  'probability.verdict.changes':
    'Yes: the post-test range lies wholly in another zone than the pre-test range.',
  'probability.verdict.changes-for-part':
    'For part of the pre-test range: the pre-test range spanned thresholds, and the post-test range settles in one zone.',
  'probability.verdict.no-change':
    'No: before and after the result, the range lies in the same zone.',
  'probability.export.title': 'Pre-test / post-test calculation',
  'probability.export.pretest': 'Pre-test probability',
  'probability.export.results': 'Results',
  'probability.export.positive': 'positive',
  'probability.export.negative': 'negative',
  'probability.export.assumed': (p: { sens: string; spec: string }) =>
    `assumed sensitivity ${p.sens}, assumed specificity ${p.spec}`,
  'probability.export.not-used': 'not used in the calculation',
  'probability.export.combined': 'Combined likelihood ratio',
  'probability.export.independence': 'independence (product)',
  'probability.export.full-dependence': 'full dependence (single most informative result)',
  'probability.export.post': 'Post-test probability',
  'probability.export.band': 'whole band',
  'probability.export.no-post':
    'No post-test probability: no result with a likelihood ratio entered the calculation.',
  'probability.export.thresholds': (p: { test: string; treatment: string }) =>
    `Thresholds set by the clinician: test ${p.test}, treatment/biopsy ${p.treatment}`,
  'probability.export.changes': 'Would this result change what you do?',
  'probability.export.what-if-left-out':
    'What-if assumptions were used on screen and are left out of this export, at the clinician’s choice; the figures above use the sources only.',
  'probability.export.ci': '95% CI',
  // the range of a pre-test anchor (probability/registry-sources.ts)
  'probability.range-basis': (p: { events: number; total: number; method: string }) =>
    `Wilson 95% CI of ${p.events}/${p.total}, by ${p.method}`,
  // ── end of probability ──
} as const satisfies Readonly<Record<string, string | ((p: never) => string)>>;
