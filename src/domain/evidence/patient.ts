import { MDP_ACTIVITY_MBQ } from './doses';
import type { Statement } from './types';
import { formatDecimal } from '../languages';
import type { Lang, LocalizedText } from '../text';

/**
 * The patient in front of you: what the sources say about pregnancy, childhood, antithrombotic
 * drugs, calciphylaxis and what each study can see. Numbers live here once; the engine's rules
 * (src/domain/engine/patient.ts and the rules that read it) quote them from here.
 */

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Whom to ask about pregnancy before an ionising study. The ACR–SPR practice parameter: "All
 * patients of childbearing age (typically at least ages 12 years to 50 years) should be questioned
 * about pregnancy status"; the nuclear-medicine Delphi consensus: "Childbearing age should be
 * defined as 12–55 y for purposes of questioning patients … before diagnostic nuclear medicine
 * procedures". The app asks from 12 to 55, the wider of the two ("at least" allows it), for every
 * ionising study: one rule, and the bone scan (nuclear medicine) is the study that matters most.
 */
export const CHILDBEARING_AGE = { from: 12, to: 55 } as const;

/**
 * The longest a recorded pregnancy is taken to last when a health record is read in: WHO's
 * definition of post-term, "42 completed weeks or more (294 days or more) of gestation" (ICD-10,
 * volume 2, definitions). A "pregnant" recorded more than 42 weeks ago belongs to a pregnancy that
 * has ended, whatever week it was recorded in, and is not read in (src/domain/record/pregnancy.ts).
 */
export const PREGNANCY_MAX_WEEKS = { weeks: 42, ref: 'who-icd10-volume2' } as const;

/**
 * Age groups. WHO: "Adolescence is the phase of life between childhood and adulthood, from ages
 * 10 to 19." The app reads everyone under 18 as a child or adolescent for doses, radiation bands
 * and laboratory intervals, and 18 and over as an adult (WHO's adolescence runs to 19 and CALIPER's
 * paediatric intervals to 18 years and beyond for some analytes: the 18-year cut-off is the app's
 * choice, listed in the hazard log for clinical review).
 */
export const AGE_GROUP_FROM = { adolescent: 10, adult: 18 } as const;

/** Fetal dose from imaging below the knee (Ozbayrak 2015, FetDose 4.0, zone 1), mGy. */
export const FETAL_DOSE_BELOW_KNEE_MGY = {
  radiography: { mean: 0.05, sd: 0.01 },
  ct: { mean: 0.81, sd: 0.04 },
} as const;

/** Fetal dose per administered activity of Tc-99m MDP (Hedrick 1988), µGy/MBq. */
export const MDP_FETAL_UGY_PER_MBQ = { week8: 4.6, week18: 2.6 } as const;

/** The fetal dose of an adult bone scan (740–1,110 MBq) at 8 and 18 weeks, mGy (derived here). */
export const MDP_FETAL_DOSE_MGY = {
  week8: {
    low: round1((MDP_FETAL_UGY_PER_MBQ.week8 * MDP_ACTIVITY_MBQ.low) / 1000),
    high: round1((MDP_FETAL_UGY_PER_MBQ.week8 * MDP_ACTIVITY_MBQ.high) / 1000),
  },
  week18: {
    low: round1((MDP_FETAL_UGY_PER_MBQ.week18 * MDP_ACTIVITY_MBQ.low) / 1000),
    high: round1((MDP_FETAL_UGY_PER_MBQ.week18 * MDP_ACTIVITY_MBQ.high) / 1000),
  },
} as const;

/** Tc-99m MDP for children: 9.3 MBq/kg, minimum 37 MBq (SNMMI / Image Gently 2016, table 1). */
export const PAEDIATRIC_MDP = { mbqPerKg: 9.3, minMbq: 37 } as const;

/**
 * Effective dose of a Tc-99m MDP scan at the maximum (adult) activity of 740 MBq scaled by weight,
 * by age (Fahey, Treves, Adelstein; ICRP 80), mSv.
 */
export const PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV = [
  { age: 1, msv: 2.8 },
  { age: 5, msv: 2.9 },
  { age: 10, msv: 3.9 },
  { age: 15, msv: 4.2 },
] as const;

/** ACR relative radiation levels, paediatric bands, upper bounds in mSv (ACR appendices). */
export const PAEDIATRIC_RRL_MSV = { '☢': 0.03, '☢☢': 0.3, '☢☢☢': 3, '☢☢☢☢': 10 } as const;

const es1 = (x: number) => formatDecimal('es', x);
const fetalScan = MDP_FETAL_DOSE_MGY;
const paedDoses = PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV;
const YEARS: LocalizedText = { en: 'y', es: 'años' };
const paedDoseText = (lang: Lang) =>
  paedDoses.map((d) => `${d.age} ${YEARS[lang]} ${formatDecimal(lang, d.msv)} mSv`).join(', ');

/** The statements the engine's patient rules quote, each with its sources. */
export const PATIENT_STATEMENTS = {
  childbearingAge: {
    text: {
      en: `Patients of childbearing age (typically at least 12 to 50 years, ACR–SPR; 12 to 55 before nuclear medicine, Delphi consensus) are asked whether they are or may be pregnant before an ionising study; this app asks from ${CHILDBEARING_AGE.from} to ${CHILDBEARING_AGE.to}.`,
      es: `A las pacientes en edad fértil (habitualmente al menos de 12 a 50 años, ACR–SPR; de 12 a 55 antes de medicina nuclear, consenso Delphi) se les pregunta si están o pueden estar embarazadas antes de una prueba con radiación ionizante; esta aplicación lo pregunta de ${CHILDBEARING_AGE.from} a ${CHILDBEARING_AGE.to} años.`,
    },
    refs: ['acr-spr-pregnancy', 'jnmt-2015-pregnancy-screening'],
  },
  extremityNoVerification: {
    text: {
      en: 'X-ray examinations that do not directly expose the pelvis, such as extremity radiography and CT outside the abdomen and pelvis, do not require verification of pregnancy status (ACR–SPR).',
      es: 'Las exploraciones con rayos X que no exponen directamente la pelvis, como la radiografía de extremidades y la TC fuera del abdomen y la pelvis, no requieren verificar el estado de embarazo (ACR–SPR).',
    },
    refs: ['acr-spr-pregnancy'],
  },
  fetalDoseBelowKnee: {
    text: {
      en: `Fetal dose from imaging below the knee: about ${FETAL_DOSE_BELOW_KNEE_MGY.radiography.mean} mGy for radiography and ${FETAL_DOSE_BELOW_KNEE_MGY.ct.mean} mGy for CT (estimates in 218 pregnant women).`,
      es: `Dosis fetal de la imagen por debajo de la rodilla: unos ${es1(FETAL_DOSE_BELOW_KNEE_MGY.radiography.mean)} mGy en la radiografía y ${es1(FETAL_DOSE_BELOW_KNEE_MGY.ct.mean)} mGy en la TC (estimaciones en 218 embarazadas).`,
    },
    refs: ['ozbayrak-2015'],
  },
  boneScanFetalDose: {
    text: {
      en: `Bone scan in pregnancy: the fetal dose of Tc-99m MDP is ${MDP_FETAL_UGY_PER_MBQ.week8} µGy/MBq at 8 weeks and ${MDP_FETAL_UGY_PER_MBQ.week18} µGy/MBq at 18 weeks, about ${fetalScan.week8.low}–${fetalScan.week8.high} mGy and ${fetalScan.week18.low}–${fetalScan.week18.high} mGy at 740–1,110 MBq (computed here); most of it comes from the mother's bladder, and the increased risk when a scan is done unknowingly is negligible.`,
      es: `Gammagrafía ósea en el embarazo: la dosis fetal del Tc-99m MDP es de ${es1(MDP_FETAL_UGY_PER_MBQ.week8)} µGy/MBq a las 8 semanas y ${es1(MDP_FETAL_UGY_PER_MBQ.week18)} µGy/MBq a las 18, unos ${es1(fetalScan.week8.low)}–${es1(fetalScan.week8.high)} mGy y ${es1(fetalScan.week18.low)}–${es1(fetalScan.week18.high)} mGy con 740–1.110 MBq (calculado aquí); procede sobre todo de la vejiga materna, y el aumento de riesgo cuando se hace sin saber que está embarazada es despreciable.`,
    },
    refs: ['hedrick-1988'],
  },
  nuclearMedicineTest: {
    text: {
      en: 'Before a diagnostic nuclear medicine study, a pregnancy test is used whenever the pregnancy status is uncertain.',
      es: 'Antes de una exploración diagnóstica de medicina nuclear se hace una prueba de embarazo siempre que el estado de embarazo sea dudoso.',
    },
    refs: ['jnmt-2015-pregnancy-screening'],
  },
  nonIonisingInPregnancy: {
    text: {
      en: 'Ultrasound and MRI are not associated with risk and are the imaging techniques of choice in pregnancy; with few exceptions, radiography, CT and nuclear medicine give doses much lower than those associated with fetal harm.',
      es: 'La ecografía y la RM no se asocian a riesgo y son las técnicas de imagen de elección en el embarazo; salvo excepciones, la radiografía, la TC y la medicina nuclear dan dosis muy inferiores a las asociadas a daño fetal.',
    },
    refs: ['acog-723'],
  },
  paediatricActivity: {
    text: {
      en: `Bone scan in a child: Tc-99m MDP ${PAEDIATRIC_MDP.mbqPerKg} MBq/kg, minimum ${PAEDIATRIC_MDP.minMbq} MBq (North American consensus; the EANM dosage card may be used instead), so the dose is weight-based: ask nuclear medicine.`,
      es: `Gammagrafía ósea en un niño: Tc-99m MDP ${es1(PAEDIATRIC_MDP.mbqPerKg)} MBq/kg, mínimo ${PAEDIATRIC_MDP.minMbq} MBq (consenso norteamericano; puede usarse en su lugar la tarjeta de dosificación de la EANM), así que la dosis depende del peso: consulte con medicina nuclear.`,
    },
    refs: ['snmmi-paediatric-2016'],
  },
  paediatricEffectiveDose: {
    text: {
      en: `Effective dose of a bone scan at the adult activity scaled by weight: ${paedDoseText('en')}; adult 4.2 mSv. On the ACR paediatric scale that is ☢☢☢ (0.3–3 mSv) to ☢☢☢☢ (3–10 mSv).`,
      es: `Dosis efectiva de una gammagrafía ósea con la actividad del adulto ajustada al peso: ${paedDoseText('es')}; adulto 4,2 mSv. En la escala pediátrica del ACR es ☢☢☢ (0,3–3 mSv) a ☢☢☢☢ (3–10 mSv).`,
    },
    refs: ['fahey-paediatric-dose', 'acr-rrl'],
  },
  paediatricBands: {
    text: {
      en: 'Radiation bands for children are lower than for adults (ACR paediatric: ☢ <0.03, ☢☢ 0.03–0.3, ☢☢☢ 0.3–3, ☢☢☢☢ 3–10 mSv); a CT of the foot or knee is ☢☢ in a child (☢ in an adult).',
      es: 'Los niveles de radiación en niños son más bajos que en adultos (ACR pediátrico: ☢ <0,03, ☢☢ 0,03–0,3, ☢☢☢ 0,3–3, ☢☢☢☢ 3–10 mSv); una TC de pie o rodilla es ☢☢ en un niño (☢ en un adulto).',
    },
    refs: ['acr-rrl'],
  },
  paediatricLabs: {
    text: {
      en: "Children are not small adults: laboratory reference intervals change with age (phosphate and alkaline phosphatase run higher in growing children), so the app's adult intervals are not used under 18: the reporting lab's own age-specific flag is.",
      es: 'Los niños no son adultos pequeños: los intervalos de referencia cambian con la edad (el fósforo y la fosfatasa alcalina son más altos en los niños en crecimiento), así que por debajo de 18 años no se usan los intervalos del adulto de la aplicación, sino el indicador propio del laboratorio para la edad.',
    },
    refs: ['caliper-2017'],
  },
  ageGroups: {
    text: {
      en: `Adolescence is the phase of life between childhood and adulthood, from ages 10 to 19 (WHO); this app reads ages under ${AGE_GROUP_FROM.adolescent} as a child, ${AGE_GROUP_FROM.adolescent}–${AGE_GROUP_FROM.adult - 1} as an adolescent, and ${AGE_GROUP_FROM.adult} and over as an adult.`,
      es: `La adolescencia es la etapa entre la infancia y la edad adulta, de los 10 a los 19 años (OMS); esta aplicación considera niño por debajo de ${AGE_GROUP_FROM.adolescent} años, adolescente de ${AGE_GROUP_FROM.adolescent} a ${AGE_GROUP_FROM.adult - 1} y adulto desde los ${AGE_GROUP_FROM.adult}.`,
    },
    refs: ['who-adolescence'],
  },
  antithromboticsContinue: {
    text: {
      en: 'Antithrombotic drugs should in most cases not be stopped for a skin biopsy: the bleeding risk is low and stopping them risks thrombosis; for warfarin, avoid surgery if the INR is above 3.5; in complex cases liaise with the prescriber.',
      es: 'En la mayoría de los casos no deben suspenderse los antitrombóticos para una biopsia cutánea: el riesgo de sangrado es bajo y suspenderlos expone a trombosis; con warfarina, evite la cirugía si el INR es mayor de 3,5; en los casos complejos, consulte con quien los prescribe.',
    },
    refs: ['palamaras-2015'],
  },
  antithromboticsStopRisk: {
    text: {
      en: 'Stopping antithrombotic drugs around cutaneous surgery raises the risk of stroke, myocardial infarction, pulmonary embolism and deep vein thrombosis; there is no formal guideline and practice varies.',
      es: 'Suspender los antitrombóticos en torno a la cirugía cutánea aumenta el riesgo de ictus, infarto de miocardio, embolia pulmonar y trombosis venosa profunda; no hay una guía formal y la práctica varía.',
    },
    refs: ['trager-2025'],
  },
  accpContinue: {
    text: {
      en: 'ACCP (grade 1C): continue vitamin K antagonists and aspirin around minor dermatological procedures.',
      es: 'ACCP (grado 1C): mantener los antagonistas de la vitamina K y la aspirina en los procedimientos dermatológicos menores.',
    },
    refs: ['ucsd-accp-dermatology'],
  },
  calciphylaxisMortality: {
    text: {
      en: 'Calciphylaxis is a condition with high mortality: estimated 1-year survival 45.8% in one series (64 patients, 49 on dialysis), 1-year disease-specific mortality 28.9% in a 2025 multicentre series (268 patients), where dialysis at diagnosis and atrial fibrillation went with higher mortality; surgical debridement was associated with better 1-year survival (61.6% vs 27.4%).',
      es: 'La calcifilaxis tiene una mortalidad alta: supervivencia estimada al año del 45,8 % en una serie (64 pacientes, 49 en diálisis) y mortalidad específica al año del 28,9 % en una serie multicéntrica de 2025 (268 pacientes), en la que la diálisis al diagnóstico y la fibrilación auricular se asociaron a mayor mortalidad; el desbridamiento quirúrgico se asoció a mejor supervivencia al año (61,6 % frente a 27,4 %).',
    },
    refs: ['weenig-2007', 'calciphylaxis-2025'],
  },
  fopBiopsy: {
    text: {
      en: 'In fibrodysplasia ossificans progressiva, biopsies of lesions are never indicated: they are likely to cause heterotopic ossification; trauma, including intramuscular injections, can precipitate it and flare-ups.',
      es: 'En la fibrodisplasia osificante progresiva, la biopsia de las lesiones nunca está indicada: es probable que provoque osificación heterotópica; los traumatismos, incluidas las inyecciones intramusculares, pueden desencadenarla y provocar brotes.',
    },
    refs: ['genereviews-fop'],
  },
  uptakeNotSpecific: {
    text: {
      en: 'Bone-scan uptake is sensitive but not specific: less specific than radiography, and in chronic venous insufficiency marked uptake along the distal tibia and fibula matched a periosteal reaction on CT in a patient scanned to exclude osteomyelitis. Uptake alone is not a deposit: ultrasound, a film or CT shows whether there is mineral.',
      es: 'La captación en la gammagrafía es sensible pero no específica: menos específica que la radiografía, y en la insuficiencia venosa crónica una captación intensa en tibia y peroné distales coincidió con una reacción perióstica en la TC en una paciente estudiada para descartar osteomielitis. La captación sola no es un depósito: la ecografía, la radiografía o la TC muestran si hay mineral.',
    },
    refs: ['scire-ho', 'clin-radiol-1991', 'boray-case-51'],
    extrapolated: true,
  },
  mriBlindToMineral: {
    text: {
      en: 'Conventional MRI has less sensitivity and specificity for calcinosis: a normal MRI does not show that there is no mineral.',
      es: 'La RM convencional tiene menos sensibilidad y especificidad para la calcinosis: una RM normal no demuestra que no haya mineral.',
    },
    refs: ['mar-2021-calcinosis'],
    extrapolated: true,
  },
} as const satisfies Record<string, Statement>;
