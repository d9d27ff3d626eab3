import { MAX_DAY_COUNT } from '../day-count';
import type { SkipReason } from '../fields';
import { formatDecimal } from '../languages';
import { plural } from '../text';
import { cap, wordOf } from './shape';

/**
 * Every clinical statement the app makes, in English: one entry per sentence, keyed by a code
 * (`<section>.<concept>.<what>`), grouped by concept. A sentence with values is a function of its
 * parameters. The engine and the registry produce codes with their parameters
 * (`said('engine.next.history-first')`); screens, the note and the FHIR narrative render them from the
 * reader's catalogue (`render`). A clinician reviewer reads the app's statements here, and in
 * `es.ts` for Spanish; `Catalogue` (./types.ts) makes every other language list the same codes
 * with the same parameters, checked by the compiler.
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

/** Why a study was set aside (a skip reason of the record), or that none was given. */
const SET_ASIDE: Readonly<Record<SkipReason, string>> = {
  'not-available': 'not available',
  declined: 'declined',
  'not-indicated': 'not indicated',
  other: 'other reason',
};

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
  'engine.next.history-first':
    'Record the history first: the onset date times the X-ray, and the risk profile (women over 50, obesity, long-standing CVI) frames the suspicion.',
  'engine.next.first-visit-history':
    'First visit: order the ultrasound and draw the phospho-calcium labs the same day. Record the history as you go: the onset date times the X-ray.',
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
  'engine.study.xray.past-blind-days': (p: { day: number }): string =>
    `Plain X-ray: ${en['domain.day-phrase']({ days: p.day })}, past the 10–14 days in which a film may be normal; an abnormal film counts, and a normal one lowers the suspicion without removing it.`,
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
  'engine.advice.xray.past-blind-days': (p: { day: number }): string =>
    `${cap(en['domain.day-phrase']({ days: p.day }))}: past the 10–14 days in which a film may be normal, so an abnormal film counts and a normal one lowers the suspicion without removing it. Look for diffuse or reticulated subcutaneous opacities of bone density around the leg, and periostitis from CVI.`,
  'engine.advice.set-aside': (p: { skipped: boolean; why?: keyof typeof SET_ASIDE }) =>
    `${p.skipped ? 'Skipped' : 'Deferred'}: ${wordOf(SET_ASIDE, p.why, 'no reason given')}.`,
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
    `No study is left to suggest, but ${p.setAside} ${plural('en', p.setAside, { one: 'was', other: 'were' })} set aside and the question is still open (${wordOf(CONCLUSION, p.conclusion, p.conclusion)}). Review the open items; reconsider a set-aside study if the situation changes.`,
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
  'engine.discordance.normal-film': (p: { day: number; timing: boolean }): string =>
    `A plain film taken on ${en['domain.day-phrase']({ days: p.day })} (past the 10–14 days in which a film may be normal) was normal, while another study shows a bone pattern. A normal film at this stage lowers the suspicion but does not remove it: in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan.${p.timing ? ' Timing may explain this disagreement: the film was taken within those 6 weeks.' : ''}`,
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
    `Typical wait at this hospital: ${p.wait} ${plural('en', p.wait, { one: 'day', other: 'days' })} (this site's settings).`,
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
  // the tissue answer in a few words (case card, assessment panel, exports: engine/tissue-summary.ts)
  'engine.tissue.answer.bone-by-biopsy': 'Bone (by biopsy)',
  'engine.tissue.answer.bone-by-imaging': 'Bone (by imaging only)',
  'engine.tissue.answer.calcium-by-biopsy': 'Calcium without bone (by biopsy)',
  'engine.tissue.answer.calcium-by-imaging': 'Calcium without bone (by imaging only)',
  'engine.tissue.answer.none-seen': 'No deposit seen',
  'engine.tissue.answer.unknown': 'Not known yet',
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
  'engine.next.settling-study-set-aside':
    'The studies that would settle this were set aside (skipped or deferred), so the question stays open, as the conclusion says. What would settle it:',
  'engine.site.not-available': (p: { studies: string }) =>
    `${p.studies}: not available at this hospital (this site's settings).`,
  'engine.site.refer': (p: { studies: string }) =>
    `Refer the patient to a centre that has ${p.studies}.`,
  'engine.site.instead': (p: { study: string }) => `Instead: ${p.study}.`,
  'engine.site.or-refer': (p: { studies: string }) => `Or refer to a centre that has ${p.studies}.`,
  'engine.site.not-available-here': (p: { studies: string }) => `Not available here: ${p.studies}.`,
  'engine.site.typical-waits': (p: { list: string }) => `Typical waits: ${p.list}.`,
  'engine.site.lab-units': (p: { list: string }) => `Lab units: ${p.list}.`,
  'engine.open.lab-missing': (p: { analyte: string }) => `Labs: ${p.analyte} not recorded.`,
  'engine.open.planned': (p: { study: string }) => `${p.study}: planned, result awaited.`,
  'engine.open.deferred': (p: { study: string }) => `${p.study}: deferred.`,
  'engine.open.done-no-main-result': (p: { study: string }) =>
    `${p.study}: marked done but its main result not entered (only other findings).`,
  'engine.open.done-no-result': (p: { study: string }) =>
    `${p.study}: marked done but no result entered.`,
  'engine.labs.adult-interval-no-flag': (p: {
    analyte: string;
    value: number;
    low: number;
    high: number;
  }) =>
    `(${p.analyte} ${p.value} mg/dL read against the adult reference interval ${p.low}–${p.high} mg/dL because the lab gave no flag; the lab's own range wins.)`,
  'engine.labs.paediatric-no-flag': (p: { analyte: string }) =>
    `${p.analyte}: under 18, a value is not read against the app's adult interval (children's intervals differ with age); enter the reporting lab's own flag for the age.`,
  'engine.labs.implausible': (p: {
    analyte: string;
    value: number;
    low: number;
    high: number;
    unit: string;
    otherUnit: string;
  }) =>
    `${p.analyte} ${formatDecimal('en', p.value, 2)} ${p.unit} is outside ${formatDecimal('en', p.low, 2)}–${formatDecimal('en', p.high, 2)} ${p.unit}, the range the app accepts as a possible serum value: check the value and the unit${p.otherUnit ? ` (as ${p.otherUnit} it would be plausible)` : ''}. It is not used in the assessment until corrected.`,
  'engine.labs.no-unit': (p: { analyte: string }) =>
    `${p.analyte}: choose the unit; the value is not used until it has one.`,
  'engine.advice.cross-sectional.not-early': (p: { study: string }) =>
    `${p.study} is not sensitive in early diagnosis; it makes it possible to evaluate extension once the lesion is shown.`,
  'engine.urgency.kidney-failure': 'kidney failure (dialysis or CKD G5)',
  'engine.urgency.kidney-disease': 'chronic kidney disease',
  'engine.urgency.creatinine-high': 'a creatinine above the range',
  'engine.urgency.known': (p: { kidney: string; mortality: string }) =>
    `Urgent, whatever the other results: skin necrosis with ${p.kidney} is a possible calciphylaxis. ${p.mortality} A biopsy is often falsely negative in calciphylaxis, so a negative one does not lift the urgency.`,
  'engine.urgency.kidney-unknown': (p: { mortality: string }) =>
    `Urgent until kidney disease is excluded: skin necrosis is a possible calciphylaxis, and kidney function is not recorded (creatinine today). ${p.mortality}`,
  'engine.advice.cross-sectional.depth': (p: { study: string }) =>
    `${p.study} defines depth when fascia or muscle involvement is suspected, and the extent of the lesion.`,
  'engine.advice.cross-sectional.extent': (p: { study: string }) =>
    `${p.study} evaluates the extent of the ossification (e.g. to plan debridement or excision); it is not for early diagnosis.`,
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // a day count since onset in words (the X-ray sentences quote it)
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
  // evidence/modalities.ts: what each study shows, when, at what dose
  'evidence.modality.labs.name': 'Laboratory tests (phospho-calcium metabolism)',
  'evidence.modality.labs.short-name': 'Labs',
  'evidence.modality.labs.shows-ossification':
    'Not an imaging test: in SCHO of the legs in CVI the analytic study, including phosphorus–calcium metabolism, is normal.',
  'evidence.modality.labs.shows-calcification':
    'Abnormal calcium and/or phosphate, with a calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 (Springer 2015), points to metastatic calcinosis rather than SCHO.',
  'evidence.modality.labs.sensitivity.1':
    'Not a detection test: labs are expected to be normal in SCHO (García-Arpa 2020); alkaline phosphatase and CRP are unreliable for early HO (spinal cord injury; Rosteius 2017, SCIRE). Their role is to steer the differential diagnosis.',
  'evidence.modality.labs.strengths.1':
    'Normal phosphorus–calcium metabolism fits SCHO in CVI; abnormal values steer towards metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism.',
  'evidence.modality.labs.pitfalls.1':
    'Alkaline phosphatase (including bone ALP) and CRP are unreliable for detecting early heterotopic ossification (hip HO after spinal cord injury).',
  'evidence.modality.ultrasound.name': 'Ultrasound',
  'evidence.modality.ultrasound.short-name': 'US',
  'evidence.modality.ultrasound.shows-ossification':
    'Ossification: hyperechogenic foci with a posterior acoustic shadow in the subcutaneous layer.',
  'evidence.modality.ultrasound.shows-calcification':
    'Calcifications are less echogenic than ossification.',
  'evidence.modality.ultrasound.earliest':
    'No day figure. Before X-ray signs: in heterotopic bone, ultrasound diagnosed all 8 patients before X-ray signs appeared (Clin Radiol 1991), and in hip HO after spinal cord injury it showed signs about 3 weeks before CT (SCIRE).',
  'evidence.modality.ultrasound.sensitivity.1':
    'Considered suitable for the early diagnosis of calcification and ossification; "the technique of choice for early diagnosis" (García-Arpa 2020). No number is given.',
  'evidence.modality.no-ionising-radiation': '0 mSv (no ionising radiation)',
  'evidence.modality.ultrasound.cost': 'Economical (García-Arpa 2020).',
  'evidence.modality.ultrasound.availability': 'Fast and accessible (García-Arpa 2020).',
  'evidence.modality.ultrasound.strengths.1':
    'Fast, accessible and economical; considered suitable for the early diagnosis of calcification and ossification, because simple X-ray may show no alterations for 10–14 days.',
  'evidence.modality.ultrasound.strengths.2':
    'Although biopsy is the standard test, ultrasound seems to be the technique of choice for early diagnosis.',
  'evidence.modality.ultrasound.strengths.3':
    'In heterotopic bone, ultrasound diagnosed all 8 patients before X-ray signs and was specific (scintigraphy was not).',
  'evidence.modality.ultrasound.strengths.4':
    'In legs with chronic venous disease, duplex ultrasound found subcutaneous calcification in 24 of 95 legs at CEAP C4a–C6 and in none at C1–C3 (500 legs studied).',
  'evidence.modality.ultrasound.pitfalls.1':
    'Small deposits were better seen on X-ray than on ultrasound (rotator cuff calcifications: 87 vs 93 of 951 detected).',
  'evidence.modality.ultrasound.pitfalls.2':
    'The 88.9% sensitivity comes from an HO-positive cohort only, so specificity could not be estimated.',
  'evidence.modality.xray.name': 'Plain X-ray',
  'evidence.modality.xray.short-name': 'X-ray',
  'evidence.modality.xray.shows-ossification':
    'Diffuse or reticulated subcutaneous opacities of bone density affecting the leg perimeter, sometimes with periostitis due to CVI (García-Arpa 2020). In CVI the pattern may be punctate, trabecular or reticular; trabecular and reticular patterns mean longer-standing, severer disease (LearningRadiology).',
  'evidence.modality.xray.earliest':
    'Simple X-ray may show no alterations until 10–14 days have passed (as cited by García-Arpa 2020).',
  'evidence.modality.xray.sensitivity.1':
    'No sensitivity or specificity figure was found for X-ray in SCHO or in other heterotopic ossification. It may show nothing in the first 10–14 days (as cited by García-Arpa 2020).',
  'evidence.modality.xray.radiation.dose-text':
    '<0.01 mSv for limb radiography (except the hip): an upper bound, not a point value; ACR adult RRL ☢ (<0.1 mSv).',
  'evidence.modality.xray.strengths.1':
    'In the case report, X-rays showed subcutaneous reticulated opacities with bone density.',
  'evidence.modality.xray.strengths.2':
    'Small deposits were better seen on X-ray than on ultrasound (rotator cuff calcifications).',
  'evidence.modality.xray.pitfalls.1':
    'May show no alterations until 10–14 days have passed (as cited by García-Arpa 2020): a normal film before then does not exclude the lesion.',
  'evidence.modality.xray.pitfalls.2':
    'In neurogenic HO, X-ray becomes positive about 2–6 weeks after a positive bone scan.',
  'evidence.modality.xray.pitfalls.3': 'After brain injury, X-ray lags the bone scan by 2–3 weeks.',
  'evidence.modality.scintigraphy.name': 'Bone scintigraphy (three-phase, Tc-99m MDP)',
  'evidence.modality.scintigraphy.short-name': 'Bone scan',
  'evidence.modality.scintigraphy.shows-ossification':
    'Hyper-uptake in the soft tissues of the legs.',
  'evidence.modality.scintigraphy.earliest':
    'No day figure. Earlier than X-ray: X-ray lags a positive scan by about 2–6 weeks (neurogenic HO).',
  'evidence.modality.scintigraphy.sensitivity.1':
    'Highly sensitive in early diagnosis (García-Arpa 2020). No number is given.',
  'evidence.modality.scintigraphy.radiation.dose-text':
    '4.2–6.3 mSv for an adult Tc-99m MDP bone scan (0.0057 mSv/MBq × 740–1,110 MBq; about 4 mSv in PMC381057); ACR adult RRL ☢☢☢ (1–10 mSv).',
  'evidence.modality.scintigraphy.cost':
    '"High costs" (said of bone scintigraphy for HO after spinal cord injury; Rosteius 2017).',
  'evidence.modality.scintigraphy.availability':
    '"Not available in smaller hospitals" (Rosteius 2017).',
  'evidence.modality.scintigraphy.strengths.1':
    'Bone scintigraphy is highly sensitive in early diagnosis.',
  'evidence.modality.scintigraphy.strengths.2':
    'The three-phase bone scan is described as the most sensitive test for HO after spinal cord injury.',
  'evidence.modality.scintigraphy.strengths.3':
    'In calciphylaxis in end-stage renal disease, the bone scan was abnormal in 34 of 36 patients (94%; secondary sources also say 97%, which does not match 34 of 36; Fine & Zacharias 2002, read in secondary sources).',
  'evidence.modality.scintigraphy.pitfalls.1': 'Less specific than radiography (neurogenic HO).',
  'evidence.modality.scintigraphy.pitfalls.2':
    'In heterotopic bone, ultrasound was specific and scintigraphy was not.',
  'evidence.modality.scintigraphy.pitfalls.3':
    'The first scan was falsely negative in 7 of 60 patients: if suspicion persists, repeat it.',
  'evidence.modality.scintigraphy.pitfalls.4':
    'Carries radiation: 4.2–6.3 mSv effective dose for an adult (ACR RRL ☢☢☢).',
  'evidence.modality.not-for-early-diagnosis':
    'No day figure. Not for early diagnosis; used to evaluate the extent of the lesion (García-Arpa 2020).',
  'evidence.modality.extent-strength': 'Makes it possible to evaluate the extent of the lesion.',
  'evidence.modality.early-pitfall':
    'Unlike ultrasound and bone scintigraphy, not useful for early diagnosis.',
  'evidence.modality.deep-involvement':
    'SCHO does not involve the fascia or muscles (García-Arpa 2020): intramuscular bone with a zonal pattern suggests myositis ossificans instead (Radiopaedia).',
  'evidence.modality.ct.name': 'Computed tomography (CT)',
  'evidence.modality.ct.short-name': 'CT',
  'evidence.modality.ct.shows-ossification':
    'Linear plaques of bone density with a trabecular/reticular appearance in the subcutaneous tissue along the leg perimeter.',
  'evidence.modality.ct.sensitivity.1': 'No sensitivity or timing figure was found for CT.',
  'evidence.modality.ct.radiation.dose-text':
    'No leg-specific effective dose figure found: for CT of the area of interest the ACR gives "Varies". ACR adult RRL ☢ (<0.1 mSv) for CT of the foot or knee (paediatric ☢☢); an ankle CT measured 21.4 µSv on a phantom (one scanner, Koivisto 2015).',
  'evidence.modality.ct.strengths.2':
    'Shows the maturation from amorphous calcification to immature and then mature bone, and its extent for surgical planning (pelvic HO).',
  'evidence.modality.mri.name': 'Magnetic resonance imaging (MRI)',
  'evidence.modality.mri.short-name': 'MRI',
  'evidence.modality.mri.shows-ossification':
    'Immature HO is non-specific; as HO matures, T2-bright signal falls from 70% to 4% of sites and enhancement from 100% to 20%.',
  'evidence.modality.mri.sensitivity.1': 'No sensitivity figure was found for MRI.',
  'evidence.modality.mri.pitfalls.2': 'Immature HO looks non-specific on MRI.',
  'evidence.modality.biopsy.name': 'Biopsy (skin and subcutaneous tissue)',
  'evidence.modality.biopsy.short-name': 'Biopsy',
  'evidence.modality.biopsy.shows-ossification':
    'Bone trabeculae enclosing adipose tissue in the deep dermis and subcutaneous fat (García-Arpa 2020); cancellous bone without primary calcification (JAMA 1977 letter, CVI).',
  'evidence.modality.biopsy.shows-calcification':
    'Calcinosis cutis shows calcium deposits without bone; the case report separates calcification from ossification and notes that SCHO is not always preceded by calcification.',
  'evidence.modality.biopsy.earliest':
    'No day figure: no source gives a time after onset for biopsy.',
  'evidence.modality.biopsy.sensitivity.1':
    'The test of choice (García-Arpa 2020); its sensitivity has not been measured.',
  'evidence.modality.biopsy.strengths.1':
    'Biopsy is the test of choice, showing bone deposits in the dermis and fat, as in other cutaneous HO.',
  'evidence.modality.biopsy.pitfalls.1':
    'Biopsy wounds in CVI/lipodermatosclerotic skin heal poorly: in lipodermatosclerosis biopsy is best avoided (ulcers in up to 13%).',
  'evidence.modality.biopsy.pitfalls.2': 'In calciphylaxis, biopsy is often falsely negative.',
  // evidence/figures.ts: how often a test shows the lesion, or the lesion occurs
  'evidence.figure.tokoro-2009-xray.method': 'Plain X-ray of the lower legs',
  'evidence.figure.tokoro-2009-xray.strength':
    '20 patients and 20 controls; nothing independent checked the X-ray; it counts calcification, not bone.',
  'evidence.figure.tokoro-2009-xray.setting':
    'Patients with chronic venous insufficiency (20) against control subjects (20), Tokyo',
  'evidence.figure.tokoro-2009-xray.note':
    'Subcutaneous calcification in 13 of 20 patients (65%), more frequent with longer disease; in 4 of 20 controls (20%), all minimal. Punctate and trabecular/reticular types; the trabecular/reticular type went with longer disease and higher clinical scores and occurred in no control.',
  'evidence.figure.wozniak-2020.strength':
    '10 patients (14 limbs, so not independent units); no reference standard; calcification, not bone.',
  'evidence.figure.wozniak-2020.setting':
    'Lipodermatosclerosis (severe venous insufficiency): 10 patients, 14 affected limbs',
  'evidence.figure.wozniak-2020-us.method': 'High-frequency skin ultrasound',
  'evidence.figure.wozniak-2020-us.note':
    'Subcutaneous calcifications in 92.9% of the 14 limbs (13 of 14, the only count that gives 92.9%); vascular-wall calcifications in 78.6%. The same limbs had a leg X-ray: the only head-to-head of ultrasound and X-ray in venous legs.',
  'evidence.figure.wozniak-2020-xray.method': 'Radiography of the lower leg',
  'evidence.figure.wozniak-2020-xray.note':
    'Calcifications in 85.7% of the 14 limbs (12 of 14, the only count that gives 85.7%); skin thickening in all.',
  'evidence.figure.wollina-2009.setting':
    'Chronic leg ulcers of mixed cause, unhealed after at least 3 months of good care, excised by shave excision (212 patients, 362 ulcers); retrospective',
  'evidence.figure.wollina-2009.strength':
    'Histology is the reference for bone, and 212 patients were examined; but a surgical, refractory population of ulcers of mixed cause.',
  'evidence.figure.wollina-2009-bone.method':
    'Histology of the excised ulcer bed (haematoxylin-eosin and von Kossa)',
  'evidence.figure.wollina-2009-bone.note':
    'Metaplastic subcutaneous bone formation in 15 patients (7%): the only frequency of bone, rather than calcification, with a tissue reference.',
  'evidence.figure.wollina-2009-calcification.note':
    'Dystrophic calcification in 39 patients (18%). It resisted conservative care and lowered the graft take rate (91% without vs 80% with).',
  'evidence.figure.colboc-2022-palpation.method': 'Palpation of the ulcer',
  'evidence.figure.colboc-2022-palpation.strength':
    'Prospective, but one geriatric ward and screening by palpation only, which misses small deposits.',
  'evidence.figure.colboc-2022-palpation.setting':
    'Older inpatients with leg ulcers, one geriatric wound-healing ward, Paris, 2018–2019; prospective',
  'evidence.figure.colboc-2022-palpation.note':
    'Dystrophic calcification in 10 of 143 patients (7%), more likely with venous insufficiency (P = 0.015) and hypercalcaemia (P = 0.041); the deposits analysed were always calcium-phosphate apatite.',
  'evidence.figure.jvs-vl.setting':
    'Duplex ultrasound of 500 legs (250 patients) referred for chronic venous disease; patients with other causes of calcification excluded',
  'evidence.figure.jvs-vl.strength':
    'Consecutive legs of every CEAP class; but ultrasound alone, with no reference standard, and calcification rather than bone.',
  'evidence.figure.jvs-vl-c4-c6.method': 'Duplex ultrasound of the skin and subcutis',
  'evidence.figure.jvs-vl-c4-c6.note':
    'Subcutaneous tissue calcification in 24 of 95 legs at CEAP C4a–C6 (the source gives counts, not a percentage).',
  'evidence.figure.jvs-vl-c1-c3.note':
    'No subcutaneous tissue calcification in any leg at C1, C2 or C3: 43 + 189 + 34 = 266 legs.',
  'evidence.figure.rosteius-2017-us.method': 'Ultrasound screening examination',
  'evidence.figure.rosteius-2017-us.strength':
    'Retrospective chart review of HO-positive patients only: sensitivity without specificity.',
  'evidence.figure.rosteius-2017-us.setting':
    'Hip heterotopic ossification after spinal cord injury (217 patients, 2003–2013)',
  'evidence.figure.rosteius-2017-us.note':
    'Confirmed by CT or MRI after a mean of 64.8 days; specificity not estimable because only HO-positive patients were included.',
  'evidence.figure.fairchild-2021.setting':
    'Hand and wrist calcinosis in systemic sclerosis (43 patients): calcification, not ossification',
  'evidence.figure.fairchild-2021.strength':
    '43 patients; X-ray as the reference marks ultrasound down for deposits X-ray misses; hands, not legs.',
  'evidence.figure.fairchild-2021.method': 'Ultrasound of hands and wrists',
  'evidence.figure.fairchild-2021-us-patient.note':
    'Per patient: sensitivity 76%, specificity 100%. Calcinosis on X-ray in 39.5% (17 of 43) and on ultrasound in 30.2% (13 of 43), so 13 of 17 true positives and 26 of 26 true negatives.',
  'evidence.figure.fairchild-2021-us-hand.note':
    'Per hand: sensitivity 78%, specificity 98%. The number of hands with calcinosis is not given, so no counts and no interval.',
  'evidence.figure.fairchild-2021-us-zone.note':
    'Per anatomical zone: sensitivity 61%, specificity 95%. The number of zones is not given, so no counts and no interval.',
  'evidence.figure.elgazzar-2019-spect.method':
    'Three-phase bone scan with SPECT (read as "definitely present")',
  'evidence.figure.elgazzar-2019-spect.strength':
    'A conference abstract; 34 patients found by a report search; the reference (SPECT/CT) contains the index test (incorporation bias).',
  'evidence.figure.elgazzar-2019-spect.setting':
    'Heterotopic ossification on bone scintigraphy with SPECT/CT at one nuclear-medicine department (34 patients)',
  'evidence.figure.elgazzar-2019-spect.note':
    'Of 23 SPECT/CT-positive patients, SPECT alone read 8 as definite, 12 as maybe and 3 as negative; of 11 SPECT/CT-negative, 7 negative and 4 maybe.',
  'evidence.figure.saez-de-ocariz-2014-scint.method': 'Tc-99m MDP bone scintigraphy',
  'evidence.figure.saez-de-ocariz-2014-scint.strength':
    'Physical examination as the reference; children; no counts behind the percentage in the abstract.',
  'evidence.figure.saez-de-ocariz-2014-scint.setting':
    'Dystrophic calcinosis in juvenile dermatomyositis and systemic sclerosis (children aged 5–17)',
  'evidence.figure.saez-de-ocariz-2014-scint.note':
    'Sensitivity 37.5% for calcinosis in soft tissues (43.8% over bony prominences) against physical examination; calcinosis was found by examination in 16 patients and by scintigraphy in 9, with no concordance.',
  'evidence.figure.kim-2017-ct.method': 'CT of the sinuses: dermal radiopaque dots above 150 HU',
  'evidence.figure.kim-2017-ct.strength':
    '1,315 consecutive CTs; but the face, not the legs, and no histology of the dots.',
  'evidence.figure.kim-2017-ct.setting':
    'Consecutive sinus CTs of patients aged 4–90 (1,315), read for small facial calcified nodules',
  'evidence.figure.kim-2017-ct.note':
    'A caveat for CT specificity: small dermal calcified nodules (read as miliary osteoma cutis) in 252 of 599 men (42.1%) and 301 of 716 women (42.0%), 553 of 1,315 in all, more with age. A CT "positive" dot in the skin is common and is not SCHO.',
  'evidence.figure.calciphylaxis.setting':
    'Calciphylaxis (vascular calcification with skin necrosis) in end-stage renal disease',
  'evidence.figure.kroshinsky-scint.method': 'Bone scintigraphy',
  'evidence.figure.kroshinsky-scint.strength':
    'Retrospective case-control (18 cases, 31 controls), a design that overstates accuracy; biopsy confirmed 14 of the 18 cases.',
  'evidence.figure.kroshinsky-scint.note':
    'Sensitivity 89% (16 of 18 cases, the only count that gives 89%); no specificity figure is available.',
  'evidence.figure.fine-zacharias-2002-scint.method': 'Bone scan',
  'evidence.figure.fine-zacharias-2002-scint.strength':
    'Read in secondary sources only; only 4 of the 36 diagnoses were confirmed by biopsy; no specificity.',
  'evidence.figure.fine-zacharias-2002-scint.note':
    'An abnormal bone scan in 34 of 36 patients diagnosed with calciphylaxis (94%). Secondary sources also call it 97%, which 34 of 36 is not (97% would be 35 of 36); the original was not seen, so the counts are kept and the disagreement shown.',
  // evidence/differential.ts: the diagnoses to weigh against SCHO in CVI
  'evidence.differential.scho-cvi.name':
    'Subcutaneous heterotopic ossification in chronic venous insufficiency (panniculitis ossificans)',
  'evidence.differential.scho-cvi.discriminator':
    'Long-standing CVI, mainly in women over 50 who are obese; hard subcutaneous nodules or plaques of the legs; bone in the deep dermis and subcutaneous fat, without involvement of the fascia or muscles.',
  'evidence.differential.scho-cvi.tests':
    'Phosphorus–calcium metabolism normal; biopsy is the test of choice.',
  'evidence.differential.dystrophic-calcinosis.name': 'Dystrophic calcinosis cutis',
  'evidence.differential.dystrophic-calcinosis.discriminator':
    'Calcification of locally injured tissue; subcutaneous dystrophic calcification is described in CVI.',
  'evidence.differential.dystrophic-calcinosis.tests': 'Calcium and phosphate normal.',
  'evidence.differential.metastatic-calcinosis.name': 'Metastatic calcinosis cutis',
  'evidence.differential.metastatic-calcinosis.discriminator':
    'Chronic kidney disease or hyperparathyroidism.',
  'evidence.differential.metastatic-calcinosis.tests':
    'Calcium and/or phosphate abnormal; calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 (Springer 2015).',
  'evidence.differential.idiopathic-calcinosis.name': 'Idiopathic or iatrogenic calcinosis cutis',
  'evidence.differential.idiopathic-calcinosis.discriminator':
    'No cause found (idiopathic), or an infusion of calcium or phosphate (iatrogenic).',
  'evidence.differential.idiopathic-calcinosis.tests':
    'Labs normal (idiopathic); the history reveals the infusion (iatrogenic).',
  'evidence.differential.calciphylaxis.name': 'Calciphylaxis',
  'evidence.differential.calciphylaxis.discriminator':
    'Skin necrosis, end-stage renal disease, net-like vascular calcification.',
  'evidence.differential.calciphylaxis.tests':
    'Creatinine, calcium, phosphate, alkaline phosphatase, albumin, PTH and coagulation; biopsy is often falsely negative.',
  'evidence.differential.osteoma-cutis.name': 'Osteoma cutis',
  'evidence.differential.osteoma-cutis.discriminator':
    'Bone in the dermis; about 15% primary and 85% secondary.',
  'evidence.differential.osteoma-cutis.tests': 'Calcium, PTH and biopsy.',
  'evidence.differential.poh.name': 'Progressive osseous heteroplasia (POH)',
  'evidence.differential.poh.discriminator':
    'Dermal bone from infancy that spreads into deep tissues; paternally inherited GNAS variant.',
  'evidence.differential.poh.tests': 'GNAS genetic testing.',
  'evidence.differential.aho-php.name':
    'Albright hereditary osteodystrophy / pseudohypoparathyroidism type 1a',
  'evidence.differential.aho-php.discriminator':
    'Brachydactyly; subcutaneous calcification in about 35%.',
  'evidence.differential.aho-php.tests':
    'Low calcium, high phosphate and high PTH (normal in pseudo-pseudohypoparathyroidism).',
  'evidence.differential.fop.name': 'Fibrodysplasia ossificans progressiva (FOP)',
  'evidence.differential.fop.discriminator':
    'Congenital hallux valgus; about 1 in 2 million people.',
  'evidence.differential.fop.tests': 'ACVR1 genetic testing; avoid intramuscular injections.',
  'evidence.differential.myositis-ossificans.name': 'Myositis ossificans',
  'evidence.differential.myositis-ossificans.discriminator':
    'Intramuscular, with a zonal pattern; SCHO, by contrast, does not involve the fascia or muscles.',
  'evidence.differential.myositis-ossificans.tests': 'Imaging.',
  'evidence.differential.lipodermatosclerosis.name': 'Lipodermatosclerosis',
  'evidence.differential.lipodermatosclerosis.discriminator':
    'Inverted champagne-bottle leg; a clinical diagnosis.',
  'evidence.differential.lipodermatosclerosis.tests':
    'Venous duplex ultrasound; avoid biopsy (ulcers in up to 13%).',
  // evidence/anchors.ts: pre-test anchors: how often legs like the patient's show calcification or bone
  'evidence.anchor.jvs-vl-c1-c3.population': 'Legs at CEAP C1–C3',
  'evidence.anchor.jvs-vl.method': 'Duplex ultrasound',
  'evidence.anchor.jvs-vl.strength':
    'Consecutive legs of every CEAP class; ultrasound alone, no reference standard.',
  'evidence.anchor.jvs-vl-c1-c3.note':
    'None of 266 legs (43 C1, 189 C2, 34 C3) had subcutaneous tissue calcification.',
  'evidence.anchor.jvs-vl-c4-c6.population': 'Legs at CEAP C4a–C6',
  'evidence.anchor.tokoro-2009.population': 'Patients with chronic venous insufficiency',
  'evidence.anchor.tokoro-2009.strength': '20 patients; no reference standard.',
  'evidence.anchor.tokoro-2009.note':
    'More frequent with longer disease; 4 of 20 controls had minimal calcification.',
  'evidence.anchor.wozniak-2020.population': 'Limbs with lipodermatosclerosis',
  'evidence.anchor.wozniak-2020.strength': '10 patients, 14 limbs; no reference standard.',
  'evidence.anchor.colboc-2022.population': 'Older inpatients with leg ulcers',
  'evidence.anchor.colboc-2022.method': 'Palpation',
  'evidence.anchor.colboc-2022.strength': 'One geriatric ward; palpation only.',
  'evidence.anchor.wollina-2009-bone.population':
    'Refractory chronic leg ulcers of mixed cause, excised',
  'evidence.anchor.wollina-2009-bone.method': 'Histology',
  'evidence.anchor.wollina-2009-bone.strength': 'Histology, 212 patients; a surgical population.',
  'evidence.anchor.wollina-2009-bone.note':
    'The only anchor that measures bone; dystrophic calcification was found in 39 of the same 212 patients.',
  // evidence/timing.ts: when each test turns positive
  'evidence.timing.garcia-arpa-2020-xray.statement':
    'Simple X-ray may show no alterations until 10–14 days have passed (as cited by García-Arpa 2020). It says a film may be normal until then, not that a normal film is reliable afterwards.',
  'evidence.timing.garcia-arpa-2020-xray.strength':
    'A case report citing older work; the original study and its setting were not seen.',
  'evidence.timing.garcia-arpa-2020-xray.setting':
    'SCHO of the legs in CVI (case report and literature review)',
  'evidence.timing.argyropoulou-2006-mri.statement':
    'MRI (STIR and contrast-enhanced T1) was positive 1.4 ± 1.2 days after the clinical diagnosis, while the first X-rays were all negative.',
  'evidence.timing.argyropoulou-2006-mri.strength':
    '11 patients, all with HO: a time to positivity, with no negatives and so no specificity.',
  'evidence.timing.argyropoulou-2006-mri.setting':
    'Heterotopic ossification of the knee in ICU patients on prolonged ventilation (11)',
  'evidence.timing.argyropoulou-2006-xray.statement':
    'The X-ray diagnosis was evident at 23 ± 4.3 days (P = 0.002 against MRI).',
  'evidence.timing.argyropoulou-2006-xray.strength': '11 patients, all with HO.',
  'evidence.timing.orzel-1985-scintigraphy.statement':
    'Soft-tissue uptake on the three-phase bone scan is evident at about 24 days after the injury or neurological insult.',
  'evidence.timing.orzel-1985-scintigraphy.strength':
    '50 referrals for possible heterotopic bone, reviewed; typical times, without their spread.',
  'evidence.timing.orzel-1985-scintigraphy.setting':
    'Heterotopic bone formation after injury or neurological insult (50 referrals)',
  'evidence.timing.orzel-1985-xray.statement':
    'Radiographic calcification is visible about 1 week after the bone-scan uptake (about day 24), so about day 31: the 31 is 24 + 7, computed here.',
  'evidence.timing.orzel-1985-xray.strength':
    '50 referrals, reviewed; "about 1 week" is approximate.',
  'evidence.timing.stefanidis-2017-xray-after-us.statement':
    'X-ray diagnosis came a mean of 2 ± 0.5 weeks after bedside ultrasound (14 ± 3.5 days, converted here). No day 0 is given, so this is a lead over X-ray, not a day after onset.',
  'evidence.timing.stefanidis-2017-xray-after-us.strength':
    'A prospective multicentre pilot: 21 patients with sonographic signs of 310 screened; no independent reference.',
  'evidence.timing.stefanidis-2017-xray-after-us.setting':
    'Neurogenic heterotopic ossification in ICU patients with acquired brain injury and reduced range of motion',
  // evidence/epidemiology.ts: who gets SCHO, how often, and the key clinical statements
  'evidence.epidemiology.risk-profile':
    'It mainly affects women over the age of 50 who are obese, with long-standing CVI.',
  'evidence.epidemiology.ceap-calcification':
    'Subcutaneous calcification appeared only at CEAP C4a–C6: in 24 of 95 legs at C4a–C6 and in none at C1–C3 (duplex ultrasound of 500 legs with chronic venous disease).',
  'evidence.epidemiology.ceap-notes.1':
    'CEAP 2020 splits C4 into C4a (pigmentation or eczema), C4b (lipodermatosclerosis or atrophie blanche) and C4c (corona phlebectatica); C5 is a healed ulcer and C6 an active ulcer.',
  'evidence.epidemiology.ceap-notes.2':
    'Adding heterotopic ossification to the CEAP classification has been proposed.',
  'evidence.epidemiology.prevalence.1':
    'Lippman (1957) described SCHO with CVI and concluded that it would occur in about 10% of CVI (as cited by García-Arpa 2020).',
  'evidence.epidemiology.prevalence.2':
    'Calcification occurred in 17.5% of 40 cases with CVI (radiological review; as cited by García-Arpa 2020).',
  'evidence.epidemiology.prevalence.3':
    'Calcification was found in 65% of 20 cases of long-term severe CVI, and SCHO in 20% of the patients who were biopsied (as cited by García-Arpa 2020).',
  'evidence.epidemiology.no-fascia-muscle': 'SCHO in CVI does not involve the fascia or muscles.',
  'evidence.epidemiology.labs-normal':
    'The analytic study, including phosphorus–calcium metabolism, is normal.',
  'evidence.epidemiology.biopsy-test-of-choice':
    'Biopsy is the test of choice: as in other cutaneous HO, it shows bone deposits in the dermis and fat.',
  'evidence.epidemiology.us-early-choice':
    'Ultrasound is fast, accessible and economical and is considered suitable for the early diagnosis of calcification and ossification; although biopsy is the standard test, ultrasound seems to be the technique of choice for early diagnosis.',
  'evidence.epidemiology.scint-early-sensitive':
    'Bone scintigraphy is also highly sensitive in early diagnosis.',
  'evidence.epidemiology.ct-mri-extent':
    'CT and MRI are not for early diagnosis, but they make it possible to evaluate the extent.',
  'evidence.epidemiology.caxp-threshold':
    'A calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 mg²/dL² (Springer 2015) points to metastatic calcinosis.',
  // evidence/accuracy.ts: the 2×2 tables rebuilt from their sources (other settings)
  'evidence.accuracy.fairchild-2021-us-patient.threshold': 'Calcinosis seen on ultrasound',
  'evidence.accuracy.fairchild-2021-us-patient.derivation':
    '43 patients; calcinosis on X-ray in 39.5% → 17 (the only count of 43 that gives 39.5%), so 26 without. Specificity 100% → 26 true negatives, 0 false positives. Ultrasound positive in 30.2% → 13, all true positives, so 4 false negatives; 13/17 = 76%, the published sensitivity.',
  'evidence.accuracy.fairchild-2021-us-patient.setting':
    'Hand and wrist calcinosis in systemic sclerosis (43 patients)',
  'evidence.accuracy.fairchild-2021-us-patient.caveat':
    'No false positives, so the positive likelihood ratio is undefined without a continuity correction.',
  'evidence.accuracy.elgazzar-2019.index-test': 'Three-phase bone scan with SPECT, without the CT',
  'evidence.accuracy.elgazzar-2019.strength':
    'A conference abstract; 34 patients found by a report search; the reference (SPECT/CT) contains the index test.',
  'evidence.accuracy.elgazzar-2019.setting':
    'Heterotopic ossification on bone scintigraphy at one nuclear-medicine department (34 patients)',
  'evidence.accuracy.elgazzar-2019.caveat':
    'Incorporation bias: SPECT/CT includes the SPECT it judges, which inflates agreement.',
  'evidence.accuracy.elgazzar-2019.derivation':
    'SPECT/CT positive in 23: SPECT alone definite 8, maybe 12, negative 3. SPECT/CT negative in 11: SPECT negative 7, maybe 4.',
  'evidence.accuracy.elgazzar-2019-spect-definite.threshold':
    'Only "definitely present" counts as positive',
  'evidence.accuracy.elgazzar-2019-spect-any.threshold':
    '"Definitely" or "maybe present" counts as positive',
  // evidence/doses.ts: effective doses
  'evidence.dose.mdp-bone-scan.exam': 'Bone scan, Tc-99m MDP, adult',
  'evidence.dose.mdp-bone-scan.statement':
    '0.0057 mSv/MBq × 740–1,110 MBq = 4.2–6.3 mSv (the product computed here from the table, which cites ICRP).',
  'evidence.dose.koivisto-2015-ankle-xray.exam': 'Ankle radiographs, AP + lateral',
  'evidence.dose.koivisto-2015-ankle-xray.statement':
    'AP 0.5 µSv + lateral 1.0 µSv = 1.5 µSv (anthropomorphic ankle phantom, one radiography unit).',
  'evidence.dose.koivisto-2015-ankle-ct.exam': 'Ankle CT (multislice)',
  'evidence.dose.koivisto-2015-ankle-ct.statement':
    '21.4 µSv, about 14 times the radiographs (anthropomorphic ankle phantom, one scanner).',
  'evidence.dose.acr-ct-area-of-interest.exam': 'CT of the area of interest',
  'evidence.dose.acr-ct-area-of-interest.statement':
    'ACR relative radiation level "Varies" for CT of the area of interest (Soft-Tissue Masses): a bilateral leg CT has no single figure.',
  // evidence/management.ts: management notes
  'evidence.management.early-detection.statement':
    'Early detection of calcification and SCHO in CVI is important to halt progression, as there is no effective treatment.',
  'evidence.management.debridement-excision.statement':
    'Debridement or excision is recommended, if possible.',
  'evidence.management.agents-other-scho.statement':
    'In other cases of SCHO, diltiazem, probenecid, minocycline, aluminium hydroxide and bisphosphonates have been used with favourable results.',
  'evidence.management.sodium-thiosulfate.statement':
    'Sodium thiosulfate may be an option for dystrophic calcification (calcification, not ossification).',
  'evidence.management.diltiazem-most-reported.statement':
    'Diltiazem is the most-reported agent for calcinosis, with benefit in more than half of connective-tissue disease cases.',
  // evidence/patient.ts: the patient in front of you: pregnancy, childhood, antithrombotics, calciphylaxis, what each study can see
  'evidence.patient.childbearing-age': (p: { from: number; to: number }) =>
    `Patients of childbearing age (typically at least 12 to 50 years, ACR–SPR; 12 to 55 before nuclear medicine, Delphi consensus) are asked whether they are or may be pregnant before an ionising study; this app asks from ${p.from} to ${p.to}.`,
  'evidence.patient.fetal-dose-below-knee': (p: { radiography: number; ct: number }) =>
    `Fetal dose from imaging below the knee: about ${p.radiography} mGy for radiography and ${p.ct} mGy for CT (estimates in 218 pregnant women).`,
  'evidence.patient.bone-scan-fetal-dose': (p: {
    perMbqWeek8: number;
    perMbqWeek18: number;
    week8Low: number;
    week8High: number;
    week18Low: number;
    week18High: number;
  }) =>
    `Bone scan in pregnancy: the fetal dose of Tc-99m MDP is ${p.perMbqWeek8} µGy/MBq at 8 weeks and ${p.perMbqWeek18} µGy/MBq at 18 weeks, about ${p.week8Low}–${p.week8High} mGy and ${p.week18Low}–${p.week18High} mGy at 740–1,110 MBq (computed here); most of it comes from the mother's bladder, and the increased risk when a scan is done unknowingly is negligible.`,
  'evidence.patient.paediatric-activity': (p: { mbqPerKg: number; minMbq: number }) =>
    `Bone scan in a child: Tc-99m MDP ${p.mbqPerKg} MBq/kg, minimum ${p.minMbq} MBq (North American consensus; the EANM dosage card may be used instead), so the dose is weight-based: ask nuclear medicine.`,
  'evidence.patient.paediatric-effective-dose': (p: {
    age1: number;
    msv1: number;
    age2: number;
    msv2: number;
    age3: number;
    msv3: number;
    age4: number;
    msv4: number;
  }) =>
    `Effective dose of a bone scan at the adult activity scaled by weight: ${p.age1} y ${formatDecimal('en', p.msv1)} mSv, ${p.age2} y ${formatDecimal('en', p.msv2)} mSv, ${p.age3} y ${formatDecimal('en', p.msv3)} mSv, ${p.age4} y ${formatDecimal('en', p.msv4)} mSv; adult 4.2 mSv. On the ACR paediatric scale that is ☢☢☢ (0.3–3 mSv) to ☢☢☢☢ (3–10 mSv).`,
  'evidence.patient.age-groups': (p: {
    adolescent: number;
    lastAdolescentAge: number;
    adult: number;
  }) =>
    `Adolescence is the phase of life between childhood and adulthood, from ages 10 to 19 (WHO); this app reads ages under ${p.adolescent} as a child, ${p.adolescent}–${p.lastAdolescentAge} as an adolescent, and ${p.adult} and over as an adult.`,
  'evidence.patient.extremity-no-verification':
    'X-ray examinations that do not directly expose the pelvis, such as extremity radiography and CT outside the abdomen and pelvis, do not require verification of pregnancy status (ACR–SPR).',
  'evidence.patient.nuclear-medicine-test':
    'Before a diagnostic nuclear medicine study, a pregnancy test is used whenever the pregnancy status is uncertain.',
  'evidence.patient.non-ionising-in-pregnancy':
    'Ultrasound and MRI are not associated with risk and are the imaging techniques of choice in pregnancy; with few exceptions, radiography, CT and nuclear medicine give doses much lower than those associated with fetal harm.',
  'evidence.patient.paediatric-bands':
    'Radiation bands for children are lower than for adults (ACR paediatric: ☢ <0.03, ☢☢ 0.03–0.3, ☢☢☢ 0.3–3, ☢☢☢☢ 3–10 mSv); a CT of the foot or knee is ☢☢ in a child (☢ in an adult).',
  'evidence.patient.paediatric-labs':
    "Children are not small adults: laboratory reference intervals change with age (phosphate and alkaline phosphatase run higher in growing children), so the app's adult intervals are not used under 18: the reporting lab's own age-specific flag is.",
  'evidence.patient.antithrombotics-continue':
    'Antithrombotic drugs should in most cases not be stopped for a skin biopsy: the bleeding risk is low and stopping them risks thrombosis; for warfarin, avoid surgery if the INR is above 3.5; in complex cases liaise with the prescriber.',
  'evidence.patient.antithrombotics-stop-risk':
    'Stopping antithrombotic drugs around cutaneous surgery raises the risk of stroke, myocardial infarction, pulmonary embolism and deep vein thrombosis; there is no formal guideline and practice varies.',
  'evidence.patient.accp-continue':
    'ACCP (grade 1C): continue vitamin K antagonists and aspirin around minor dermatological procedures.',
  'evidence.patient.calciphylaxis-mortality':
    'Calciphylaxis is a condition with high mortality: estimated 1-year survival 45.8% in one series (64 patients, 49 on dialysis), 1-year disease-specific mortality 28.9% in a 2025 multicentre series (268 patients), where dialysis at diagnosis and atrial fibrillation went with higher mortality; surgical debridement was associated with better 1-year survival (61.6% vs 27.4%).',
  'evidence.patient.fop-biopsy':
    'In fibrodysplasia ossificans progressiva, biopsies of lesions are never indicated: they are likely to cause heterotopic ossification; trauma, including intramuscular injections, can precipitate it and flare-ups.',
  'evidence.patient.uptake-not-specific':
    'Bone-scan uptake is sensitive but not specific: less specific than radiography, and in chronic venous insufficiency marked uptake along the distal tibia and fibula matched a periosteal reaction on CT in a patient scanned to exclude osteomyelitis. Uptake alone is not a deposit: ultrasound, a film or CT shows whether there is mineral.',
  'evidence.patient.mri-blind-to-mineral':
    'Conventional MRI has less sensitivity and specificity for calcinosis: a normal MRI does not show that there is no mineral.',
  // evidence/references.ts: every source the app cites: the setting it speaks of
  'evidence.reference.garcia-arpa-2020.setting':
    'Subcutaneous heterotopic ossification of the legs in chronic venous insufficiency: a single case (66-year-old man) with a review of the literature',
  'evidence.reference.rosteius-2017.setting':
    'Heterotopic ossification of the hip after spinal cord injury; HO-positive cohort confirmed by CT/MRI at a mean of 64.8 days',
  'evidence.reference.scire-ho.setting':
    'Neurogenic heterotopic ossification after spinal cord injury (secondary review citing Orzel 1985 and Freed 1982)',
  'evidence.reference.clin-radiol-1991.setting':
    'Heterotopic bone (8 patients), ultrasound compared with X-ray and scintigraphy',
  'evidence.reference.fairchild-2021.setting':
    'Calcinosis of the hand in systemic sclerosis (n = 43); X-ray as the reference standard',
  'evidence.reference.farin-1995.setting': 'Calcifications of the rotator cuff (shoulder tendons)',
  'evidence.reference.jvs-vl-cvd-calcification.setting':
    'Duplex ultrasound of 500 legs with chronic venous disease: subcutaneous calcification (not ossification) by CEAP class',
  'evidence.reference.svircev-2008.setting':
    'Heterotopic ossification after spinal cord injury (60 patients)',
  'evidence.reference.insights-imaging-2013.setting': 'Heterotopic ossification of the pelvis (CT)',
  'evidence.reference.ledermann-2002.setting':
    'Heterotopic ossification at 141 sites on MRI, at different stages of maturation',
  'evidence.reference.jama-1977-letter.setting':
    'Subcutaneous ossification in chronic venous insufficiency; histology (one clinic followed more than 500 cases)',
  'evidence.reference.learningradiology-ho.setting':
    'Radiographic patterns of soft-tissue calcification and ossification in chronic venous insufficiency',
  'evidence.reference.medscape-ho.setting': 'Heterotopic ossification after brain injury',
  'evidence.reference.pmc381057-dose.setting':
    'Typical adult effective doses of diagnostic imaging examinations',
  'evidence.reference.jnm-dose-table.setting':
    'Adult effective dose of nuclear medicine examinations, including the Tc-99m MDP bone scan',
  'evidence.reference.acr-rrl.setting':
    'Relative radiation levels of imaging examinations, adult and paediatric bands',
  'evidence.reference.reiter-2011.setting':
    'Calcinosis cutis: dystrophic, metastatic, idiopathic and iatrogenic forms',
  'evidence.reference.emedicine-calcinosis.setting': 'Metastatic calcinosis and calciphylaxis',
  'evidence.reference.springer-2015-calcinosis.setting': 'Metastatic calcinosis',
  'evidence.reference.fine-zacharias-2002.setting':
    'Calciphylaxis in end-stage renal disease (36 patients)',
  'evidence.reference.statpearls-osteoma-cutis.setting': 'Osteoma cutis, primary and secondary',
  'evidence.reference.omim-166350.setting':
    'Progressive osseous heteroplasia (paternally inherited GNAS variant)',
  'evidence.reference.medlineplus-aho.setting':
    'Albright hereditary osteodystrophy and pseudohypoparathyroidism type 1a',
  'evidence.reference.linglart-2018.setting':
    'Pseudohypoparathyroidism type 1a / Albright hereditary osteodystrophy and pseudo-pseudohypoparathyroidism',
  'evidence.reference.genereviews-fop.setting': 'Fibrodysplasia ossificans progressiva (ACVR1)',
  'evidence.reference.radiopaedia-myositis-ossificans.setting':
    'Myositis ossificans (intramuscular)',
  'evidence.reference.rheumatologist-lds.setting':
    'Lipodermatosclerosis of the legs in chronic venous insufficiency',
  'evidence.reference.lurie-2020.setting': 'Classification of chronic venous disorders (CEAP 2020)',
  'evidence.reference.cafasso-2013.setting':
    'Heterotopic ossification in chronic venous disease and the CEAP classification',
  'evidence.reference.balanescu-2014.setting': 'Calcinosis in connective-tissue disease',
  'evidence.reference.msd-blood-tests.setting':
    'General adult laboratory reference ranges; each laboratory sets its own',
  'evidence.reference.davis-phosphorus.setting':
    'Adult serum inorganic phosphorus reference range (spectrophotometry)',
  'evidence.reference.wollina-2009.setting':
    'Chronic leg ulcers of mixed cause, refractory for at least 3 months, shave-excised and grafted (212 patients, 362 ulcers); histology; retrospective',
  'evidence.reference.tokoro-2009.setting':
    'X-ray of the lower legs in 20 patients with chronic venous insufficiency and 20 control subjects',
  'evidence.reference.wozniak-2020.setting':
    'Lipodermatosclerosis: 10 patients, 14 limbs, with high-frequency ultrasound and leg X-ray',
  'evidence.reference.colboc-2022.setting':
    'Older inpatients with leg ulcers in one geriatric wound-healing ward (143 patients); prospective',
  'evidence.reference.kim-2017.setting':
    '1,315 consecutive sinus CTs reviewed for small dermal calcified nodules of the face',
  'evidence.reference.argyropoulou-2006.setting':
    'Heterotopic ossification of the knee in 11 ICU patients on prolonged ventilation; case series',
  'evidence.reference.stefanidis-2017.setting':
    'ICU patients with acquired brain injury and reduced range of motion (310 screened, 21 with sonographic signs); prospective multicentre pilot',
  'evidence.reference.orzel-1985.setting':
    '50 patients referred for possible heterotopic bone formation after injury or neurological insult',
  'evidence.reference.elgazzar-2019.setting':
    '34 patients with bone scintigraphy and SPECT/CT for possible heterotopic ossification, one department',
  'evidence.reference.saez-de-ocariz-2014.setting':
    'Children aged 5–17 with juvenile dermatomyositis, systemic sclerosis or CREST syndrome; scintigraphy against physical examination',
  'evidence.reference.koivisto-2015.setting':
    'Anthropomorphic ankle phantom with MOSFET dosimeters (ICRP 103 effective doses)',
  'evidence.reference.acr-spr-pregnancy.setting':
    'Pregnancy screening before radiography, CT and nuclear medicine: whom to ask, which examinations need verification',
  'evidence.reference.jnmt-2015-pregnancy-screening.setting':
    'Pregnancy screening before diagnostic nuclear medicine procedures: a 10-member Delphi panel, 16 consensus statements',
  'evidence.reference.acog-723.setting': 'Diagnostic imaging in pregnant and lactating women',
  'evidence.reference.ozbayrak-2015.setting':
    'Fetal dose estimates (FetDose 4.0) for 304 examinations in 218 pregnant women; zone 1 = head, upper limbs and legs below the knee',
  'evidence.reference.hedrick-1988.setting':
    'Fetal absorbed dose per administered activity of Tc-99m MDP at 8 and 18 weeks of gestation',
  'evidence.reference.snmmi-paediatric-2016.setting':
    'Administered activities of radiopharmaceuticals for children, by body weight',
  'evidence.reference.fahey-paediatric-dose.setting':
    'Effective dose (ICRP 80) of paediatric nuclear medicine procedures, by age, at the adult activity scaled by weight',
  'evidence.reference.caliper-2017.setting':
    'Age- and sex-specific laboratory reference intervals for children and adolescents',
  'evidence.reference.who-adolescence.setting': 'Definition of adolescence by age',
  'evidence.reference.who-icd10-volume2.setting':
    'International definitions of the perinatal period: post-term is 42 completed weeks or more of gestation',
  'evidence.reference.palamaras-2015.setting':
    'Anticoagulant and antiplatelet drugs around dermatological surgery (review with recommendations)',
  'evidence.reference.trager-2025.setting':
    'Antithrombotic drugs around cutaneous surgery (review)',
  'evidence.reference.ucsd-accp-dermatology.setting':
    'Minor dermatological procedures in patients on vitamin K antagonists, aspirin or clopidogrel',
  'evidence.reference.weenig-2007.setting':
    'Calciphylaxis: 64 patients (49 on dialysis), retrospective',
  'evidence.reference.calciphylaxis-2025.setting':
    'Calciphylaxis: 268 adults, 2006–2022, retrospective, six academic centres',
  'evidence.reference.mar-2021-calcinosis.setting':
    'Calcinosis (connective-tissue disease): which imaging shows it',
  'evidence.reference.boray-case-51.setting':
    'One woman of 73 with therapy-resistant chronic venous insufficiency, scanned to exclude osteomyelitis',
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
