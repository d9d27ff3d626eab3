import { MDP_ACTIVITY_MBQ } from './doses';
import type { Statement } from './types';
import { localized, said } from '../words';

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

const fetalScan = MDP_FETAL_DOSE_MGY;
const [paed1, paed2, paed3, paed4] = PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV;

/** The statements the engine's patient rules quote, each with its sources. */
export const PATIENT_STATEMENTS = {
  childbearingAge: {
    text: localized(
      said('evidence.patient.childbearing-age', {
        from: CHILDBEARING_AGE.from,
        to: CHILDBEARING_AGE.to,
      }),
    ),
    refs: ['acr-spr-pregnancy', 'jnmt-2015-pregnancy-screening'],
  },
  extremityNoVerification: {
    text: localized(said('evidence.patient.extremity-no-verification')),
    refs: ['acr-spr-pregnancy'],
  },
  fetalDoseBelowKnee: {
    text: localized(
      said('evidence.patient.fetal-dose-below-knee', {
        radiography: FETAL_DOSE_BELOW_KNEE_MGY.radiography.mean,
        ct: FETAL_DOSE_BELOW_KNEE_MGY.ct.mean,
      }),
    ),
    refs: ['ozbayrak-2015'],
  },
  boneScanFetalDose: {
    text: localized(
      said('evidence.patient.bone-scan-fetal-dose', {
        perMbqWeek8: MDP_FETAL_UGY_PER_MBQ.week8,
        perMbqWeek18: MDP_FETAL_UGY_PER_MBQ.week18,
        week8Low: fetalScan.week8.low,
        week8High: fetalScan.week8.high,
        week18Low: fetalScan.week18.low,
        week18High: fetalScan.week18.high,
      }),
    ),
    refs: ['hedrick-1988'],
  },
  nuclearMedicineTest: {
    text: localized(said('evidence.patient.nuclear-medicine-test')),
    refs: ['jnmt-2015-pregnancy-screening'],
  },
  nonIonisingInPregnancy: {
    text: localized(said('evidence.patient.non-ionising-in-pregnancy')),
    refs: ['acog-723'],
  },
  paediatricActivity: {
    text: localized(
      said('evidence.patient.paediatric-activity', {
        mbqPerKg: PAEDIATRIC_MDP.mbqPerKg,
        minMbq: PAEDIATRIC_MDP.minMbq,
      }),
    ),
    refs: ['snmmi-paediatric-2016'],
  },
  paediatricEffectiveDose: {
    text: localized(
      said('evidence.patient.paediatric-effective-dose', {
        age1: paed1.age,
        msv1: paed1.msv,
        age2: paed2.age,
        msv2: paed2.msv,
        age3: paed3.age,
        msv3: paed3.msv,
        age4: paed4.age,
        msv4: paed4.msv,
      }),
    ),
    refs: ['fahey-paediatric-dose', 'acr-rrl'],
  },
  paediatricBands: {
    text: localized(said('evidence.patient.paediatric-bands')),
    refs: ['acr-rrl'],
  },
  paediatricLabs: {
    text: localized(said('evidence.patient.paediatric-labs')),
    refs: ['caliper-2017'],
  },
  ageGroups: {
    text: localized(
      said('evidence.patient.age-groups', {
        adolescent: AGE_GROUP_FROM.adolescent,
        lastAdolescentAge: AGE_GROUP_FROM.adult - 1,
        adult: AGE_GROUP_FROM.adult,
      }),
    ),
    refs: ['who-adolescence'],
  },
  antithromboticsContinue: {
    text: localized(said('evidence.patient.antithrombotics-continue')),
    refs: ['palamaras-2015'],
  },
  antithromboticsStopRisk: {
    text: localized(said('evidence.patient.antithrombotics-stop-risk')),
    refs: ['trager-2025'],
  },
  accpContinue: {
    text: localized(said('evidence.patient.accp-continue')),
    refs: ['ucsd-accp-dermatology'],
  },
  calciphylaxisMortality: {
    text: localized(said('evidence.patient.calciphylaxis-mortality')),
    refs: ['weenig-2007', 'calciphylaxis-2025'],
  },
  fopBiopsy: {
    text: localized(said('evidence.patient.fop-biopsy')),
    refs: ['genereviews-fop'],
  },
  uptakeNotSpecific: {
    text: localized(said('evidence.patient.uptake-not-specific')),
    refs: ['scire-ho', 'clin-radiol-1991', 'boray-case-51'],
    extrapolated: true,
  },
  mriBlindToMineral: {
    text: localized(said('evidence.patient.mri-blind-to-mineral')),
    refs: ['mar-2021-calcinosis'],
    extrapolated: true,
  },
} as const satisfies Record<string, Statement>;
