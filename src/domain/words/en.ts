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
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // ── end of probability ──
} as const satisfies Readonly<Record<string, string | ((p: never) => string)>>;
