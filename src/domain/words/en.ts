import { dayPhrase } from '../day-phrase';
import { plural } from '../text';

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
/** The working conclusion's label, by conclusion (the engine's `Conclusion`). */
const CONCLUSION = {
  'confirmed-scho': 'Confirmed subcutaneous ossification (SCHO)',
  'probable-scho': 'Probable subcutaneous ossification',
  calcification: 'Calcification rather than bone (calcinosis cutis)',
  'findings-disagree': 'Findings disagree: bone or calcium not settled',
  atypical: 'Atypical for SCHO in CVI: consider alternatives',
  'insufficient-data': 'Not enough data yet',
} as const;
/** The label of a conclusion (its code if there were none, never another label). */
const conclusionLabel = (c: keyof typeof CONCLUSION): string =>
  (CONCLUSION as Readonly<Partial<Record<string, string>>>)[c] ?? c;

/** The first letter in capitals: a phrase that opens a sentence. */
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Why a study was set aside (a skip reason of the record), or that none was given. */
const SET_ASIDE: Readonly<
  Record<'not-available' | 'declined' | 'not-indicated' | 'other', string>
> = {
  'not-available': 'not available',
  declined: 'declined',
  'not-indicated': 'not indicated',
  other: 'other reason',
};
const setAside = (why: keyof typeof SET_ASIDE | undefined): string =>
  (why === undefined ? undefined : SET_ASIDE[why]) ?? 'no reason given';

/** The bone scan's dose as the engine quotes it: the adult figures, or a child's range in mSv. */
interface ScanDose {
  readonly childLowMsv?: number;
  readonly childHighMsv?: number;
}
const scanDose = (p: ScanDose): string =>
  p.childLowMsv === undefined
    ? '4.2–6.3 mSv (ACR ☢☢☢)'
    : `a weight-based dose in a child (${p.childLowMsv}–${p.childHighMsv} mSv at the adult activity scaled by weight; ACR paediatric ☢☢☢–☢☢☢☢)`;

export const en = {
  // ── engine: next step, advice, timing, interpretation, differential, cautions (src/domain/engine) ──
  'next.history-first':
    'Record the history first: the onset date times the X-ray, and the risk profile (women over 50, obesity, long-standing CVI) frames the suspicion.',
  'engine.next.labs-today':
    'Creatinine, calcium, phosphate, alkaline phosphatase, albumin, PTH and coagulation today (a biopsy is often falsely negative in calciphylaxis).',
  'engine.next.calciphylaxis-biopsy':
    'Biopsy now, to tell calciphylaxis from the other causes of necrosis and calcium in the skin; a negative biopsy does not exclude calciphylaxis.',
  'engine.next.atypical-review':
    'Atypical for SCHO in CVI: review the differential diagnosis before ordering more imaging.',
  'engine.next.first-visit':
    'First visit: order the ultrasound, the technique of choice for early diagnosis (fast, accessible and economical), and draw the phospho-calcium labs the same day (normal in SCHO; abnormal values point to other causes).',
  'engine.next.option.repeat-film': (p: { from: string | null }) =>
    `Repeat the plain film from ${p.from}: no biopsy, low dose.`,
  'engine.next.option.biopsy-now':
    'Biopsy now, the test of choice, if the answer cannot wait; weigh the poor wound healing of CVI skin.',
  'engine.next.biopsy-answered': 'The biopsy has answered the question: the workup is complete.',
  'engine.next.uptake-needs-mineral':
    'Bone-scan uptake alone does not show a deposit: it is sensitive but not specific (less specific than radiography; in CVI, uptake can come from periostitis). A study that can see mineral comes next: ultrasound, or a plain film from day 14 after onset.',
  'engine.next.low-suspicion': (p: { ceap: string | undefined }) =>
    `Suspicion is low (CEAP ${p.ceap}, no skin sign of SCHO, no deposit on the studies done): no further test is suggested; reconsider if it changes (new hardening, skin changes or an ulcer). Biopsy of CVI skin heals poorly and is best avoided without a target.`,
  'engine.next.option.repeat-ultrasound':
    'Repeat the ultrasound in a few days: no radiation, cheap; the case report calls it the technique of choice for early diagnosis.',
  'engine.next.nothing-left':
    'Nothing further is suggested: every useful study is done or set aside. Review the summary.',
  'engine.next.fop-before-biopsy':
    'No biopsy for now: fibrodysplasia ossificans progressiva (FOP) must be excluded first.',
  'engine.cautions.scan-dose': (p: ScanDose) => scanDose(p),
  'engine.next.early-ultrasound-tradeoff': (
    p: ScanDose & {
      indeterminate: boolean;
      day: number | null;
      wait: number | null;
      from: string | null;
    },
  ) =>
    `${p.indeterminate ? 'Indeterminate' : 'Normal'} ultrasound on day ${p.day}, while a plain film may still be normal${p.wait !== null ? ` (day 14 is in ${p.wait} ${plural('en', p.wait, { one: 'day', other: 'days' })}, ${p.from})` : ''}. The sources prefer the path without the bone scan's radiation: ultrasound is the technique of choice for early diagnosis and the film is the lowest-dose study, while a bone scan, though highly sensitive early, gives ${scanDose(p)}. No source compares these strategies directly.`,
  'engine.next.option.wait-for-film': (p: { from: string | null }) =>
    `Wait for the X-ray date (${p.from ?? 'day 14'}): lowest dose (ACR ☢, <0.1 mSv for a limb in an adult); from then a normal film lowers the suspicion without removing it.`,
  'engine.next.option.scan-now': (p: ScanDose) =>
    `Bone scintigraphy now: highly sensitive early and less specific than radiography, at ${scanDose(p)}; reasonable only if the answer cannot wait.`,
  'engine.study.biopsy.atypical':
    'Atypical features: biopsy, the test of choice, tells SCHO from calcinosis and other diagnoses.',
  'engine.study.biopsy.deposit-shown':
    'Imaging shows a deposit: biopsy, the test of choice, confirms bone and excludes calcinosis.',
  'engine.study.biopsy.repeat-non-diagnostic':
    'The biopsy was non-diagnostic while imaging shows a deposit: a repeat biopsy from the deposit, the test of choice, answers the tissue question; weigh the poor wound healing of CVI skin.',
  'engine.study.biopsy.if-suspicion-persists':
    'Biopsy is the test of choice if suspicion persists; weigh the poor wound healing of CVI skin.',
  'engine.study.cross-sectional.confirmed-extent':
    'Confirmed: CT or MRI can evaluate the extent if debridement or excision is considered.',
  'engine.study.cross-sectional.bone-extent': 'Bone is shown: CT or MRI can evaluate the extent.',
  'engine.study.labs.necrosis-calciphylaxis':
    'Skin necrosis: calciphylaxis must be excluded first — creatinine, calcium, phosphate, ALP, albumin and PTH today (a biopsy is often falsely negative in calciphylaxis).',
  'engine.study.labs.childhood-onset':
    'Lesions since childhood: the labs come first (low calcium with high phosphate and PTH is the pseudohypoparathyroidism pattern), and FOP must be excluded before any biopsy.',
  'engine.study.labs.check-metabolism':
    'Check phospho-calcium metabolism: normal in SCHO; abnormal values point to other causes.',
  'engine.study.ultrasound.early-choice':
    'Ultrasound is the technique of choice for early diagnosis: fast, accessible and economical.',
  'engine.study.ultrasound.no-radiation':
    'Ultrasound: no radiation, fast and economical, and it tells bone (hyperechogenic foci with acoustic shadow) from calcification (less echogenic).',
  'engine.study.xray.record-onset':
    'Plain X-ray: cheap, universal and lowest in dose; record the onset date, since a film may be normal for 10–14 days.',
  'engine.study.xray.past-blind-days': (p: { day: number }) =>
    `Plain X-ray: ${dayPhrase(p.day).en}, past the 10–14 days in which a film may be normal; an abnormal film counts, and a normal one lowers the suspicion without removing it.`,
  'engine.study.scintigraphy.early': (p: ScanDose & { day: number | null; from: string | null }) =>
    `Day ${p.day}: bone scintigraphy is highly sensitive early, while a plain X-ray may still be normal (informative from ${p.from}). It carries radiation: ${scanDose(p)}.`,
  'engine.study.scintigraphy.no-deposit': (p: ScanDose) =>
    `Imaging so far shows no deposit: if suspicion persists, bone scintigraphy is highly sensitive (but carries radiation: ${scanDose(p)}).`,
  'engine.advice.biopsy.wound-healing':
    'Biopsy wounds heal poorly in skin with chronic venous changes (in lipodermatosclerosis, ulcers after biopsy in up to 13%).',
  'engine.advice.labs.normal-in-scho':
    'Phospho-calcium metabolism is normal in SCHO; abnormal values point to metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism and change the workup.',
  'engine.advice.ultrasound.first-line':
    'First line: fast, accessible and economical, suitable for early diagnosis while a plain X-ray may still be normal; it tells bone (hyperechogenic with acoustic shadow) from calcification (less echogenic).',
  'engine.advice.xray.onset-unknown':
    'Onset unknown: a plain X-ray can show diffuse or reticulated opacities of bone density, but it may be normal for 10–14 days after onset.',
  'engine.advice.xray.too-early': (p: { days: number; from: string | null }) =>
    `Too early (day ${p.days}): a plain X-ray may show nothing until 10–14 days after onset, so a normal film now would not exclude ossification. From ${p.from} a normal film lowers the suspicion but does not remove it.`,
  'engine.advice.xray.inside-window': (p: { days: number; from: string | null }) =>
    `Day ${p.days}, inside the 10–14-day window: an abnormal film counts, a normal one does not exclude ossification until ${p.from}.`,
  'engine.advice.xray.lowest-dose':
    'Lowest-dose ionising study (ACR relative radiation level ☢, <0.1 mSv for a limb).',
  'engine.advice.scintigraphy.radiation':
    'Radiation: ACR relative radiation level ☢☢☢ (4.2–6.3 mSv for a Tc-99m MDP bone scan of 740–1,110 MBq).',
  'engine.advice.scintigraphy.bone-shown':
    'Bone is already shown: a bone scan adds radiation without changing the diagnosis.',
  'engine.advice.biopsy.low-suspicion':
    'Suspicion is low and nothing has been shown to sample: a biopsy of CVI skin heals poorly and is best avoided without a target; reconsider if the picture changes.',
  'engine.advice.biopsy.deposit':
    'The test of choice: bone trabeculae in the deep dermis and fat confirm ossification; calcium without bone means calcinosis cutis; it also shows other diagnoses.',
  'engine.advice.biopsy.invasive':
    'The test of choice, but invasive: non-invasive imaging first usually shows whether there is a deposit to sample.',
  'engine.advice.answered':
    'The biopsy, the test of choice, has already answered the question: further diagnostic imaging would not change the diagnosis.',
  'engine.advice.done': 'Done; the result is weighed in the conclusion.',
  'engine.advice.xray.past-blind-days': (p: { day: number }) =>
    `${cap(dayPhrase(p.day).en)}: past the 10–14 days in which a film may be normal, so an abnormal film counts and a normal one lowers the suspicion without removing it. Look for diffuse or reticulated subcutaneous opacities of bone density around the leg, and periostitis from CVI.`,
  'engine.advice.set-aside': (p: { skipped: boolean; why?: keyof typeof SET_ASIDE }) =>
    `${p.skipped ? 'Skipped' : 'Deferred'}: ${setAside(p.why)}.`,
  'engine.advice.scintigraphy.early':
    'Highly sensitive in early diagnosis, before a plain X-ray can show the lesion; less specific than radiography.',
  'engine.advice.scintigraphy.persisting':
    'Highly sensitive when other imaging is normal and suspicion persists; less specific than radiography.',
  'engine.cautions.pregnancy.ask': (p: { from: number; to: number }) =>
    `Pregnancy: ask whether she is or may be pregnant, and record it (asked from ${p.from} to ${p.to} years when the status is not known).`,
  'engine.cautions.pregnancy.maybe': 'Pregnancy: she may be pregnant.',
  'engine.cautions.pregnancy.pregnant': 'Pregnant.',
  'engine.cautions.paediatric.xray-band':
    'Under 18: the <0.01 mSv limb-film figure and the adult band are adult ones.',
  'engine.cautions.paediatric.ct-band': 'Under 18: the adult band does not apply.',
  'engine.cautions.bleeding.unknown':
    'Bleeding: whether the patient takes an anticoagulant or antiplatelet drug is not recorded: ask before the biopsy. If so, it is usually not stopped for a skin biopsy (the bleeding risk is low; stopping risks thrombosis); on warfarin, check that the INR is not above 3.5; plan haemostasis, and ask the prescriber before any change.',
  'engine.cautions.fop.before-biopsy':
    'Lesions since childhood keep FOP on the differential: look for congenital hallux valgus and consider ACVR1 genetic testing before any biopsy, and avoid intramuscular injections.',
  'engine.cautions.biopsy.wound-healed-poorly':
    'The earlier biopsy wound healed poorly in this patient: biopsy wounds heal poorly in skin with chronic venous changes (in lipodermatosclerosis, ulcers after biopsy in up to 13%); weigh that before another biopsy.',
  'engine.cautions.pregnancy.xray': (p: { mgy: number }) =>
    `A leg film gives the fetus about ${p.mgy} mGy (radiography below the knee) and extremity radiography does not require verification of pregnancy status: the film is not withheld for it. Ultrasound answers the same question without radiation.`,
  'engine.cautions.pregnancy.ct': (p: { mgy: number; pregnant: boolean }) =>
    `A CT of the legs gives the fetus about ${p.mgy} mGy (CT below the knee), and CT outside the abdomen and pelvis does not require verification of pregnancy status. For the extent, MRI without contrast has no ionising radiation: ultrasound and MRI are the imaging techniques of choice in pregnancy${p.pregnant ? ', so MRI comes first' : ''}.`,
  'engine.cautions.pregnancy.scintigraphy': (p: {
    asked: string;
    mbq: number;
    low: number;
    high: number;
  }) =>
    `${p.asked === 'pregnant' ? 'A bone scan is usually not appropriate' : p.asked === 'possibly' ? 'A pregnancy test before a bone scan, which is nuclear medicine' : 'Before a bone scan, which is nuclear medicine, a pregnancy test whenever the status is uncertain'}: at ${p.mbq}–1,110 MBq it gives the fetus about ${p.low}–${p.high} mGy at 8 weeks (computed from 4.6 µGy/MBq). Ultrasound, the technique of choice for early diagnosis, answers the same question without radiation, or wait for the date from which a plain film can show the lesion.`,
  'engine.cautions.bleeding.on-drug': (p: { vka: boolean }) =>
    `Bleeding: on an anticoagulant or antiplatelet drug. Do not stop it for the biopsy: the bleeding risk of a skin biopsy is low, and stopping risks stroke, myocardial infarction, pulmonary embolism and deep vein thrombosis.${p.vka ? ' On warfarin (a vitamin K antagonist), check the INR: avoid the procedure if it is above 3.5.' : ''} Plan haemostasis and tell the patient what to do if it bleeds; ask the prescriber before any change.`,
  'engine.cautions.biopsy.worse-side': (p: { side: 'left' | 'right' }) =>
    `Both legs, worse on the ${p.side}: sample where the deposit is, usually the worse side; a biopsy takes a small piece and can miss bone lying elsewhere in the plaque.`,
  'engine.interpret.label.confirmed-scho': CONCLUSION['confirmed-scho'],
  'engine.interpret.label.probable-scho': CONCLUSION['probable-scho'],
  'engine.interpret.label.calcification': CONCLUSION['calcification'],
  'engine.interpret.label.findings-disagree': CONCLUSION['findings-disagree'],
  'engine.interpret.label.atypical': CONCLUSION['atypical'],
  'engine.interpret.label.insufficient-data': CONCLUSION['insufficient-data'],
  'engine.interpret.not-by-biopsy': 'Not yet confirmed by biopsy, the test of choice.',
  'engine.interpret.imaging-only-calcium':
    'Shown by imaging only: biopsy, the test of choice, tells calcium from early bone.',
  'engine.interpret.no-venous-disease':
    'The record says there is no venous disease (CEAP C0, no signs): SCHO of the legs in CVI is secondary to venous insufficiency, so bone or calcium here is not SCHO of CVI. Consider the other causes of bone or calcium in the skin (osteoma cutis, calcinosis), and check the CEAP class.',
  'engine.interpret.labs-normal': 'Normal phospho-calcium metabolism, as expected in SCHO.',
  'engine.interpret.atypical-features':
    'Features atypical for SCHO in CVI: the differential must be worked through before calling it SCHO.',
  'engine.interpret.labs-point-elsewhere':
    'The labs point to another cause of calcium or bone in the skin; biopsy, the test of choice, tells them apart.',
  'engine.interpret.biopsy-may-miss-bone':
    'A biopsy samples a small piece and may miss bone lying elsewhere in the plaque: if imaging shows a bone pattern, the two disagree and are reviewed together.',
  'engine.interpret.no-deposit-yet': 'No deposit seen so far, but no study excludes it outright.',
  'engine.interpret.nothing-shown-yet':
    'No study has yet shown whether there is bone or calcium in the skin.',
  'engine.interpret.pain': (p: { severe: boolean }) =>
    `${p.severe ? 'Severe' : 'Moderate'} pain: SCHO is generally asymptomatic; in advanced cases it may cause pain, joint deformation and nerve entrapment, so look for these.`,
  'engine.next.question-still-open': (p: {
    setAside: number;
    conclusion: keyof typeof CONCLUSION;
  }) =>
    `No study is left to suggest, but ${p.setAside} ${plural('en', p.setAside, { one: 'was', other: 'were' })} set aside and the question is still open (${conclusionLabel(p.conclusion)}). Review the open items; reconsider a set-aside study if the situation changes.`,
  'engine.timing.onset-unknown':
    'Symptom onset date not recorded: the app cannot tell whether a plain X-ray is still too early (it may show nothing for 10–14 days).',
  'engine.timing.onset-after-today':
    'The onset date is after today: check it; timing advice is suspended.',
  'engine.timing.early-film': (p: { days: number; from: string | null }) =>
    `Day ${p.days} since onset: a plain X-ray may still be normal (it may show nothing until 10–14 days), so a normal film now does not exclude ossification. From ${p.from} a normal film lowers the suspicion but does not remove it.`,
  'engine.timing.film-before-onset':
    'The normal X-ray is dated before the symptom onset: check both dates; until then it cannot say anything about this lesion.',
  'engine.timing.film-too-early': (p: { day: number; from: string | null }) =>
    `The normal X-ray was taken on day ${p.day}, before day 14: it does not exclude ossification. Repeat from ${p.from} or rely on ultrasound.`,
  'engine.timing.film-undated': (p: { from: string | null }) =>
    `The normal X-ray has no date: if it was taken before ${p.from} (day 14), it does not exclude ossification; after it, it lowers but does not remove the suspicion.`,
  'engine.timing.scan-false-negative':
    'A first negative bone scan can be falsely negative (7 of 60 patients in spinal cord injury): if suspicion persists, consider repeating it.',
  'engine.timing.film-past-blind-days': (p: { day: number; beyondCount: boolean }) =>
    `The normal X-ray was taken ${p.beyondCount ? 'more than a year after onset' : `on day ${p.day}`}, after the 10–14 days in which a film may be normal: it lowers the suspicion but does not remove it (in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan).`,
  'engine.discordance.biopsy-calcium-imaging-bone':
    'The biopsy shows calcium without bone, but imaging shows a bone pattern. A biopsy samples a small piece and may miss bone lying elsewhere in the plaque; the imaging may also be misread.',
  'engine.discordance.biopsy-calcium-imaging-bone.resolve':
    'Review the imaging with the radiologist and the slides with the pathologist, side by side; if bone is still seen on imaging, consider a deeper or larger biopsy from the area the imaging shows as bone.',
  'engine.discordance.biopsy-bone-imaging-calcium':
    'The biopsy shows bone, while imaging shows only calcium. Bone on biopsy stays bone; SCHO often arises in pre-existing calcification, so both can be present.',
  'engine.discordance.biopsy-bone-imaging-calcium.resolve':
    'No further test is needed for the diagnosis; CT can show the extent of bone if excision is considered.',
  'engine.discordance.normal-film.settled':
    'The biopsy, the test of choice, has shown bone: it settles the question.',
  'engine.discordance.normal-film.repeat-film': (p: { from: string }) =>
    `A repeat plain film from ${p.from} (6 weeks after onset) settles it without a biopsy: low dose, and by then a film has had the time it lagged in other heterotopic ossification. Biopsy, the test of choice, settles it now if the answer cannot wait.`,
  'engine.discordance.normal-film.review':
    'Review both studies together; biopsy, the test of choice, settles bone versus no bone.',
  'engine.discordance.imaging-bone-calcium':
    'Imaging disagrees: one study shows a bone pattern, another only calcium. Calcification and ossification can coexist in CVI, so imaging alone cannot say which dominates.',
  'engine.discordance.imaging-bone-calcium.resolve':
    'Biopsy, the test of choice, tells bone from calcium (weigh the poor wound healing of CVI skin). Timing may explain it: calcification can precede mature bone (in heterotopic ossification on CT, amorphous calcification matures into bone), so a later film can show the maturation without a biopsy.',
  'engine.discordance.biopsy-bone-labs-abnormal':
    'The biopsy shows bone, but the labs are not the normal phospho-calcium metabolism expected in SCHO. Bone on biopsy stays bone; the labs point to a second process to work up.',
  'engine.discordance.biopsy-bone-labs-abnormal.resolve':
    'Repeat the abnormal values and work up their cause (see the lab flags and the differential).',
  'engine.discordance.normal-film': (p: { day: number; timing: boolean }) =>
    `A plain film taken on ${dayPhrase(p.day).en} (past the 10–14 days in which a film may be normal) was normal, while another study shows a bone pattern. A normal film at this stage lowers the suspicion but does not remove it: in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan.${p.timing ? ' Timing may explain this disagreement: the film was taken within those 6 weeks.' : ''}`,
  'engine.differential.labs-unknown':
    'Labs not yet done: normal phospho-calcium metabolism is expected in SCHO and would make this less likely.',
  'engine.differential.calciphylaxis.raised':
    'Kidney disease or skin necrosis: calciphylaxis must be excluded (creatinine, Ca, P, ALP, albumin, PTH; biopsy is often falsely negative).',
  'engine.differential.calciphylaxis.ckd':
    'Chronic kidney disease recorded: calciphylaxis is seen mainly in end-stage renal disease, with skin necrosis; keep it in mind.',
  'engine.differential.dystrophic.labs-normal':
    'Calcium without bone on imaging or biopsy, with normal labs: dystrophic calcinosis after local tissue injury.',
  'engine.differential.dystrophic.labs-unknown':
    'Calcium without bone on imaging or biopsy: dystrophic calcinosis after local tissue injury, if the labs are normal (not yet known to be).',
  'engine.differential.calcinosis.until-bone':
    'Until bone is shown, a calcium deposit without bone remains possible.',
  'engine.differential.idiopathic-calcinosis':
    'Calcification with normal labs and no local cause found.',
  'engine.differential.osteoma-cutis.raised': (p: { ceap: string | undefined }) =>
    `Bone in the skin without advanced venous disease (CEAP ${p.ceap}): consider osteoma cutis.`,
  'engine.differential.osteoma-cutis.consider':
    'Dermal bone has other causes: primary osteoma cutis (15%) or secondary (85%).',
  'engine.differential.lipodermatosclerosis.raised':
    'CEAP C4b (lipodermatosclerosis) with no deposit shown yet: the hard leg may be lipodermatosclerosis itself, a clinical diagnosis in which biopsy is best avoided.',
  'engine.differential.lipodermatosclerosis.consider':
    'A hard lower leg in CVI may be lipodermatosclerosis (inverted champagne-bottle leg).',
  'engine.differential.childhood-onset':
    'Lesions since childhood: primary and genetic forms (POH, AHO, FOP) start in infancy or childhood.',
  'engine.labs.high-calcium-phosphate':
    'High calcium or phosphate: SCHO of CVI has normal phospho-calcium metabolism, so consider metastatic calcinosis (and calciphylaxis if the kidneys fail).',
  'engine.labs.pseudohypoparathyroidism':
    'Low calcium with high phosphate or PTH: the pseudohypoparathyroidism pattern (AHO/PHP1a).',
  'engine.labs.low-calcium-phosphate':
    'Calcium or phosphate below the range: unexpected in SCHO, whose phospho-calcium metabolism is normal, but not the pattern of metastatic calcinosis; recheck (with albumin) and review with the lab.',
  'engine.labs.low-pth':
    'PTH below the laboratory range: not the pattern of hyperparathyroidism or of pseudohypoparathyroidism (which has a high PTH); recheck and review with the lab.',
  'engine.labs.ckd-below-g4':
    'Chronic kidney disease below G4: calciphylaxis is seen mainly in end-stage renal disease, and metastatic calcinosis with abnormal calcium and phosphate; keep both in mind and recheck if kidney function or the labs change.',
  'engine.labs.high-pth': (p: { kidneyDisease: boolean }) =>
    `PTH above the laboratory range with a calcium that is not low: hyperparathyroidism${p.kidneyDisease ? ' (secondary, with the kidney disease recorded)' : ''}, a cause of metastatic calcinosis. Not the pseudohypoparathyroidism pattern, which needs a low calcium.`,
  'engine.labs.alp-high': (p: { paediatric: boolean }) =>
    `Alkaline phosphatase above the range: it neither confirms nor excludes heterotopic ossification (unreliable for early HO after spinal cord injury)${p.paediatric ? '; in a growing child it runs higher than in adults' : ''}; it belongs to the calciphylaxis and metastatic calcinosis work-up.`,
  'engine.labs.caxp-high': (p: {
    caxp: number;
    over70: boolean;
    emedicine: number;
    springer: number;
  }) =>
    `Calcium × phosphate product ${p.caxp} mg²/dL² is above ${p.over70 ? `both published thresholds (>${p.emedicine} eMedicine, >${p.springer} Springer 2015)` : `the >${p.springer} threshold (Springer 2015), below >${p.emedicine} (eMedicine)`}: consider metastatic calcinosis.`,
  'engine.labs.kidney.failure':
    'Kidney failure (dialysis or CKD G5): consider calciphylaxis and metastatic calcinosis before SCHO.',
  'engine.labs.kidney.advanced':
    'Chronic kidney disease (G4, or category not known): consider calciphylaxis and metastatic calcinosis before SCHO.',
  'engine.labs.kidney.creatinine-high':
    'Creatinine above the range (kidney function may be reduced): consider calciphylaxis and metastatic calcinosis before SCHO.',
  'engine.site.typical-wait': (p: { wait: number }) =>
    `Typical wait at this hospital: ${p.wait} days (this site's settings).`,
  'engine.site.trade-off': 'Trade-off:',
  'engine.site.every-investigation-available': 'Every investigation available.',
  'engine.site.heading': "This site's settings",
  'engine.site.day.one': 'day',
  'engine.site.day.other': 'days',
  'engine.contributors.prior-dvt':
    'Prior deep vein thrombosis: the authors of the case report think it chiefly may have influenced the appearance of SCHO.',
  'engine.contributors.immobility':
    'Immobility (e.g. hemiplegia): may have contributed by worsening the CVI, as the authors of the case report suggest.',
  'engine.contributors.periostitis':
    'Periostitis on the X-ray: associated with CVI, it supports long-standing venous disease as the background.',
  'engine.tissue.biopsy-bone':
    'Biopsy (the test of choice): bone trabeculae in the deep dermis and fat.',
  'engine.tissue.biopsy-calcium':
    'Biopsy: calcium deposits without bone (calcinosis cutis rather than ossification).',
  'engine.findings.fascia-or-muscle':
    'Fascia or muscle involved: atypical for SCHO in CVI, which does not involve the fascia or muscles.',
  'engine.findings.childhood-onset':
    'Lesions since childhood: points to a primary or genetic form (POH, AHO, FOP) rather than SCHO of CVI.',
  'engine.findings.skin-necrosis':
    'Skin necrosis: not among the skin signs of SCHO in CVI (normal skin, CVI signs, venous ulcers, livedo racemosa); calciphylaxis must be excluded.',
  'engine.risk.woman': 'Woman',
  'engine.risk.over-50': 'Over 50 years old',
  'engine.risk.obesity': 'Obesity',
  'engine.risk.long-standing-cvi': 'Long-standing chronic venous insufficiency',
  'engine.risk.ceap-c4a-or-worse': 'CEAP C4a or worse (skin changes, ulcer)',
  'engine.risk.summary': (p: { present: number; recorded: number }) =>
    `${p.present} of 5 risk features present (${p.recorded} recorded). SCHO mainly affects obese women over 50 with long-term CVI, but it also occurs outside this profile (the patient in the case report is a man), so the profile frames suspicion and never rules it out.`,
  'engine.open.onset-missing': 'Symptom onset date not recorded.',
  'engine.open.biopsy-non-diagnostic':
    'Biopsy non-diagnostic: the tissue question is still open; a repeat biopsy from the deposit, or imaging that can tell bone from calcium, resolves it.',
  'engine.open.not-by-biopsy': 'Not confirmed by biopsy, the test of choice.',
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // ── end of modalities ──

  // ── record: reading the health record (src/domain/record) ──
  // ── end of record ──

  // ── evidence: the evidence registry: figures, settings, references, the differential, anchors (src/domain/evidence) ──
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // ── end of probability ──
} as const satisfies Readonly<Record<string, string | ((p: never) => string)>>;
