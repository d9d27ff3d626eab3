import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  DiagnosticReport,
  Observation,
  ObservationComponent,
  Patient,
  Reference,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { siteSummary, SITE_HEADING, type SiteSettings } from '../engine/site';
import type { Case, LabAnalyte, StudyId } from '../case/schema';
import { STEP_STUDIES, type Assessment } from '../engine/types';
import type { ModalityId } from '../evidence';
import { MODALITIES } from '../evidence';
import type { Lang, LocalizedText } from '../text';
import { describeCase, PLAIN_FORMATTERS, type StudyFacts } from './describe';
import { escapeXml } from './inert';
import { bandExtensions, fhirProvenance, provenanceInfo, requestBand } from './provenance';
import { DEPTH, LAB_NAMES, LATERALITY, PAIN, PHRASES, SKIN, STUDY_NAMES, fill } from './vocabulary';
import { certaintyLines } from './certainty-lines';

/**
 * The case as a FHIR R4 Bundle (type `collection`): a pseudonymous Patient, Observations for the
 * history, the labs and each imaging and biopsy finding, a DiagnosticReport with the working
 * conclusion, and ServiceRequests (proposals) for the studies the engine recommends next.
 *
 * Coding policy: a LOINC code is given only where the code's meaning is certain for what the app
 * holds — a serum/plasma mass or catalytic concentration in the unit the code is defined for
 * (each checked against published LOINC value sets). Everything else is `code.text` only, in the
 * reader's language, rather than a guessed code. Ids are derived from the case id, so the same
 * case always gives the same Bundle, and every reference is a `urn:uuid:` of an entry in it.
 */

export interface FhirOptions {
  readonly lang: Lang;
  /** The app's disclaimer in the reader's language, carried in the report's narrative. */
  readonly disclaimer: string;
  /** When the export was made (ISO date-time): Bundle.timestamp and the report's `issued`. */
  readonly exportedAt: string;
  /** This site's settings, carried in the report's narrative as the advice's provenance. */
  readonly site?: SiteSettings;
}

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
const DATA_ABSENT = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
const V3_OBSERVATION_VALUE = 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue';
/** The case id is a local, pseudonymous identifier: a URN of this app, not a record number. */
export const CASE_ID_SYSTEM = 'urn:scho-workup:case-id';

/**
 * LOINC codes used, keyed by analyte and unit. Each is the serum-or-plasma code with the property
 * that matches the unit (17861-6 Calcium [Mass/volume]; 2777-1 Phosphate [Mass/volume]; 2160-0
 * and 14682-9 Creatinine [Mass/volume] and [Moles/volume]; 6768-6 Alkaline phosphatase
 * [Enzymatic activity/volume]). Calcium and phosphate in mmol/L and PTH (assay-dependent) are
 * left as text.
 */
const LAB_LOINC: Partial<
  Record<LabAnalyte, Partial<Record<string, { code: string; display: string }>>>
> = {
  calcium: { 'mg/dL': { code: '17861-6', display: 'Calcium [Mass/volume] in Serum or Plasma' } },
  phosphate: { 'mg/dL': { code: '2777-1', display: 'Phosphate [Mass/volume] in Serum or Plasma' } },
  creatinine: {
    'mg/dL': { code: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma' },
    'µmol/L': { code: '14682-9', display: 'Creatinine [Moles/volume] in Serum or Plasma' },
  },
  alp: {
    'U/L': {
      code: '6768-6',
      display: 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma',
    },
  },
};

/** The app's units as UCUM codes. */
const UCUM_CODE: Readonly<Record<string, string>> = {
  'mg/dL': 'mg/dL',
  'mmol/L': 'mmol/L',
  'pg/mL': 'pg/mL',
  'pmol/L': 'pmol/L',
  'µmol/L': 'umol/L',
  'U/L': 'U/L',
};

/**
 * ServiceRequest categories from the FHIR R4 example value set (servicerequest-category, SNOMED
 * CT). A biopsy has no category there that fits exactly, so it carries none.
 */
const SR_CATEGORY: Readonly<Record<string, Coding | undefined>> = {
  laboratory: {
    system: 'http://snomed.info/sct',
    code: '108252007',
    display: 'Laboratory procedure',
  },
  imaging: { system: 'http://snomed.info/sct', code: '363679005', display: 'Imaging' },
};

const FLAG_CODE = { normal: 'N', low: 'L', high: 'H' } as const;
const FLAG_DISPLAY = { normal: 'Normal', low: 'Low', high: 'High' } as const;

const CODE_TEXT = {
  ageBracket: { en: 'Age bracket', es: 'Franja de edad' },
  obesity: { en: 'Obesity', es: 'Obesidad' },
  cviYears: {
    en: 'Duration of chronic venous insufficiency',
    es: 'Duración de la insuficiencia venosa crónica',
  },
  longStandingCvi: {
    en: 'Long-standing chronic venous insufficiency (clinician judgement)',
    es: 'Insuficiencia venosa crónica de larga evolución (juicio clínico)',
  },
  ceap: { en: 'CEAP clinical class', es: 'Clase clínica CEAP' },
  priorDvt: { en: 'Prior deep vein thrombosis', es: 'Trombosis venosa profunda previa' },
  immobility: { en: 'Immobility', es: 'Inmovilidad' },
  onset: { en: 'Onset of hardening of the legs', es: 'Inicio del endurecimiento de las piernas' },
  laterality: { en: 'Legs affected', es: 'Piernas afectadas' },
  lowerThird: {
    en: 'Lower third of the leg affected',
    es: 'Afectación del tercio inferior de la pierna',
  },
  posteriorLateral: {
    en: 'Posterior or lateral aspect affected',
    es: 'Afectación de la cara posterior o lateral',
  },
  pain: { en: 'Pain', es: 'Dolor' },
  skin: { en: 'Skin over the plaques', es: 'Piel sobre las placas' },
  kidneyDisease: {
    en: 'Chronic kidney disease or dialysis',
    es: 'Enfermedad renal crónica o diálisis',
  },
  childhoodOnset: { en: 'Lesions since childhood', es: 'Lesiones desde la infancia' },
  history: { en: 'History (free text)', es: 'Antecedentes (texto libre)' },
  finding: { en: '{study} of the legs: finding', es: '{study} de las piernas: hallazgo' },
  histology: {
    en: 'Skin biopsy of the legs: histology',
    es: 'Biopsia cutánea de las piernas: histología',
  },
  lab: { en: '{analyte}, serum or plasma', es: '{analyte} en suero o plasma' },
  depth: { en: 'Depth of the deposits', es: 'Profundidad de los depósitos' },
  periostitis: { en: 'Periostitis', es: 'Periostitis' },
  woundProblem: {
    en: 'Wound-healing problem after the biopsy',
    es: 'Problema de cicatrización tras la biopsia',
  },
  report: {
    en: 'Imaging workup for suspected subcutaneous heterotopic ossification of the legs',
    es: 'Estudio por imagen ante sospecha de osificación heterotópica subcutánea de las piernas',
  },
  request: { en: '{study} of the legs', es: '{study} de las piernas' },
  labsRequest: {
    en: 'Phospho-calcium metabolism (calcium, phosphate)',
    es: 'Metabolismo fosfocálcico (calcio, fósforo)',
  },
  ctOrMri: { en: 'CT or MRI of the legs (extent)', es: 'TC o RM de las piernas (extensión)' },
  engine: { en: 'Engine version {version}', es: 'Versión del motor {version}' },
  years: { en: 'years', es: 'años' },
} as const;

/* ------------------------------------------------------------------------------------------ */
/* Deterministic ids                                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * A 128-bit non-cryptographic hash (cyrb128) of `s`, shaped as an RFC 9562 version-8 UUID
 * (the "custom" version, for ids that are not random). Same input, same UUID.
 */
export function stableUuid(s: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i += 1) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/* ------------------------------------------------------------------------------------------ */

const codeText = (t: string): CodeableConcept => ({ text: t });
const category = (
  code: 'laboratory' | 'imaging' | 'exam' | 'social-history',
): CodeableConcept[] => [
  {
    coding: [
      {
        system: OBS_CATEGORY,
        code,
        display: {
          laboratory: 'Laboratory',
          imaging: 'Imaging',
          exam: 'Exam',
          'social-history': 'Social History',
        }[code],
      },
    ],
  },
];

interface Entry {
  readonly key: string;
  readonly resource: Resource;
}

/** Build the Bundle for one case and its assessment. Pure and deterministic. */
export function caseToFhirBundle(c: Case, a: Assessment, opts: FhirOptions): Bundle {
  const { lang } = opts;
  const L = (t: LocalizedText) => t[lang];
  const uuid = (key: string) => stableUuid(`${c.id}|${key}`);
  const url = (key: string) => `urn:uuid:${uuid(key)}`;
  const ref = <T extends Resource>(key: string, display?: string): Reference<T> =>
    display ? { reference: url(key), display } : { reference: url(key) };
  const facts = describeCase(c, lang, a.asOf, PLAIN_FORMATTERS);
  const p = c.patient;
  const entries: Entry[] = [];
  const subject = ref<Patient>('patient');

  // Patient: pseudonymous. No name, no birth date; the case id is the only identifier.
  const patient: Patient = {
    resourceType: 'Patient',
    id: uuid('patient'),
    meta: {
      security: [{ system: V3_OBSERVATION_VALUE, code: 'PSEUDED', display: 'pseudonymized' }],
    },
    identifier: [{ system: CASE_ID_SYSTEM, value: c.id }],
    ...(p.sex ? { gender: p.sex } : {}),
  };
  entries.push({ key: 'patient', resource: patient });

  // History Observations.
  const history = (
    key: string,
    code: LocalizedText,
    value: Partial<Observation>,
    cat?: 'exam' | 'social-history',
  ) => {
    const obs: Observation = {
      resourceType: 'Observation',
      id: uuid(`history-${key}`),
      status: 'final',
      ...(cat ? { category: category(cat) } : {}),
      code: codeText(L(code)),
      subject,
      effectiveDateTime: a.asOf,
      ...value,
    };
    entries.push({ key: `history-${key}`, resource: obs });
  };
  const yesNo = (key: keyof typeof CODE_TEXT, v: boolean | undefined, cat?: 'exam') => {
    if (v !== undefined) history(key, CODE_TEXT[key], { valueBoolean: v }, cat);
  };

  if (p.age !== undefined) {
    // Pseudonymity: a ten-year bracket, not the exact age; 90 and over are pooled.
    const low = p.age >= 90 ? 90 : Math.floor(p.age / 10) * 10;
    history('age', CODE_TEXT.ageBracket, {
      valueRange: {
        low: { value: low, unit: L(CODE_TEXT.years), system: UCUM, code: 'a' },
        ...(low < 90
          ? { high: { value: low + 9, unit: L(CODE_TEXT.years), system: UCUM, code: 'a' } }
          : {}),
      },
    });
  }
  yesNo('obesity', p.obesity, 'exam');
  if (p.cviYears !== undefined) {
    history('cviYears', CODE_TEXT.cviYears, {
      valueQuantity: { value: p.cviYears, unit: L(CODE_TEXT.years), system: UCUM, code: 'a' },
    });
  }
  yesNo('longStandingCvi', p.longStandingCvi);
  if (p.ceap) history('ceap', CODE_TEXT.ceap, { valueCodeableConcept: codeText(p.ceap) }, 'exam');
  yesNo('priorDvt', p.priorDvt);
  yesNo('immobility', p.immobility);
  if (p.onsetDate) history('onset', CODE_TEXT.onset, { valueDateTime: p.onsetDate });
  if (p.laterality) {
    history(
      'laterality',
      CODE_TEXT.laterality,
      {
        valueCodeableConcept: codeText(L(LATERALITY[p.laterality])),
      },
      'exam',
    );
  }
  yesNo('lowerThird', p.lowerThird, 'exam');
  yesNo('posteriorLateral', p.posteriorLateral, 'exam');
  if (p.pain)
    history('pain', CODE_TEXT.pain, { valueCodeableConcept: codeText(L(PAIN[p.pain])) }, 'exam');
  if (p.skin?.length) {
    history(
      'skin',
      CODE_TEXT.skin,
      {
        valueCodeableConcept: codeText(p.skin.map((s) => L(SKIN[s])).join('; ')),
      },
      'exam',
    );
  }
  yesNo('kidneyDisease', p.kidneyDisease);
  yesNo('childhoodOnset', p.childhoodOnset);
  if (facts.background) history('history', CODE_TEXT.history, { valueString: facts.background });

  // Labs: one Observation per analyte with a value or a flag.
  const labKeys: string[] = [];
  if (c.studies.labs.status === 'done') {
    for (const lab of facts.labValues) {
      const loinc = lab.unit ? LAB_LOINC[lab.analyte]?.[lab.unit] : undefined;
      const coding: Coding[] = loinc
        ? [{ system: LOINC, code: loinc.code, display: loinc.display }]
        : [];
      const key = `lab-${lab.analyte}`;
      const obs: Observation = {
        resourceType: 'Observation',
        id: uuid(key),
        status: 'final',
        category: category('laboratory'),
        code: {
          ...(coding.length ? { coding } : {}),
          text: fill(L(CODE_TEXT.lab), { analyte: L(LAB_NAMES[lab.analyte]) }),
        },
        subject,
        ...(c.studies.labs.date ? { effectiveDateTime: c.studies.labs.date } : {}),
        ...(lab.value !== undefined
          ? {
              valueQuantity: {
                value: lab.value,
                ...(lab.unit
                  ? {
                      unit: lab.unit,
                      system: UCUM,
                      ...(UCUM_CODE[lab.unit] ? { code: UCUM_CODE[lab.unit] } : {}),
                    }
                  : {}),
              },
            }
          : {}),
        ...(lab.flag
          ? {
              interpretation: [
                {
                  coding: [
                    {
                      system: INTERPRETATION,
                      code: FLAG_CODE[lab.flag],
                      display: FLAG_DISPLAY[lab.flag],
                    },
                  ],
                  text: lab.text,
                },
              ],
            }
          : {}),
        ...(c.studies.labs.note ? { note: [{ text: c.studies.labs.note }] } : {}),
      };
      entries.push({ key, resource: obs });
      labKeys.push(key);
    }
  }

  // Imaging and biopsy: one Observation per study that was done.
  const findingKeys: string[] = [];
  for (const s of facts.studies) {
    if (s.status !== 'done') continue;
    const key = `finding-${s.id}`;
    entries.push({ key, resource: findingObservation(c, s, lang, uuid(key), subject) });
    findingKeys.push(key);
  }

  // The report: the working conclusion and what drove it.
  // Every discordance, the tissue answer and why not surer travel with it (never dropped).
  const conclusion = [
    `${L(a.interpretation.label)}.`,
    ...a.interpretation.drivers.map((d) => L(d.text)),
    ...certaintyLines(a, lang, (r) => L(r.text)),
  ].join(' ');
  const resultKeys = [...findingKeys, ...labKeys];
  const engineLine = fill(L(CODE_TEXT.engine), { version: a.engineVersion });
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: uuid('report'),
    // Final only once the engine has nothing left to suggest and nothing is open.
    status: a.nextStep.step === 'complete' && a.openItems.length === 0 ? 'final' : 'preliminary',
    category: [{ coding: [{ system: V2_0074, code: 'RAD', display: 'Radiology' }] }],
    code: codeText(L(CODE_TEXT.report)),
    subject,
    effectiveDateTime: a.asOf,
    issued: opts.exportedAt,
    ...(resultKeys.length ? { result: resultKeys.map((k) => ref<Observation>(k)) } : {}),
    conclusion,
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(conclusion)}</p><p>${escapeXml(
        opts.disclaimer,
      )}</p><p>${escapeXml(engineLine)}</p>${
        opts.site
          ? `<p>${escapeXml(`${SITE_HEADING[opts.lang]}: ${siteSummary(opts.site)[opts.lang]}`)}</p>`
          : ''
      }</div>`,
    },
  };
  entries.push({ key: 'report', resource: report });

  // ServiceRequests: proposals for what the engine recommends next.
  for (const req of recommendedStudies(a)) {
    const key = `request-${req.key}`;
    const sr: ServiceRequest = {
      resourceType: 'ServiceRequest',
      id: uuid(key),
      status: 'draft',
      intent: 'proposal',
      priority: 'routine',
      code: codeText(L(req.code)),
      subject,
      authoredOn: a.asOf,
      reasonCode: [codeText(req.reason(lang))],
      reasonReference: [ref<DiagnosticReport>('report')],
      ...(SR_CATEGORY[req.category]
        ? { category: [{ coding: [SR_CATEGORY[req.category] as Coding] }] }
        : {}),
    };
    // Provenance: the appropriateness band (and the Argonaut PAMA rating where one fits).
    const band = requestBand(a.advice, req.key);
    if (band) sr.extension = bandExtensions(band, lang, uuid(`${key}-consult`));
    entries.push({ key, resource: sr });
  }

  // Provenance: the app, its engine version and the evidence pack, for every resource above.
  const targets = entries.map((e) => ref<Resource>(e.key));
  const info = provenanceInfo(a.engineVersion);
  entries.push({
    key: 'provenance',
    resource: fhirProvenance(uuid('provenance'), targets, opts.exportedAt, info),
  });

  const entry: BundleEntry[] = entries.map((e) => ({ fullUrl: url(e.key), resource: e.resource }));
  return {
    resourceType: 'Bundle',
    id: uuid('bundle'),
    meta: { lastUpdated: opts.exportedAt },
    identifier: { system: CASE_ID_SYSTEM, value: `${c.id}/bundle` },
    type: 'collection',
    timestamp: opts.exportedAt,
    entry,
  };
}

function findingObservation(
  c: Case,
  s: StudyFacts,
  lang: Lang,
  id: string,
  subject: Reference<Patient>,
): Observation {
  const study = c.studies[s.id];
  const isBiopsy = s.id === 'biopsy';
  const components: ObservationComponent[] = [];
  if ('depth' in study && study.depth) {
    components.push({
      code: codeText(CODE_TEXT.depth[lang]),
      valueCodeableConcept: codeText(DEPTH[study.depth][lang]),
    });
  }
  if (s.id === 'xray' && c.studies.xray.periostitis !== undefined) {
    components.push({
      code: codeText(CODE_TEXT.periostitis[lang]),
      valueBoolean: c.studies.xray.periostitis,
    });
  }
  if (isBiopsy && c.studies.biopsy.woundProblem !== undefined) {
    components.push({
      code: codeText(CODE_TEXT.woundProblem[lang]),
      valueBoolean: c.studies.biopsy.woundProblem,
    });
  }
  // The main result is the first finding phrase, when a pattern (or histology) was recorded.
  const hasMain = isBiopsy
    ? c.studies.biopsy.histology !== undefined
    : 'pattern' in study && study.pattern !== undefined;
  const main = hasMain ? s.findings[0] : undefined;
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: category(isBiopsy ? 'laboratory' : 'imaging'),
    code: codeText(
      isBiopsy
        ? CODE_TEXT.histology[lang]
        : fill(CODE_TEXT.finding[lang], { study: STUDY_NAMES[s.id][lang] }),
    ),
    subject,
    ...(s.date ? { effectiveDateTime: s.date } : {}),
    ...(main
      ? { valueCodeableConcept: codeText(main) }
      : {
          dataAbsentReason: {
            coding: [{ system: DATA_ABSENT, code: 'unknown', display: 'Unknown' }],
            text: PHRASES.noResult[lang],
          },
        }),
    ...(components.length ? { component: components } : {}),
    ...(s.note ? { note: [{ text: s.note }] } : {}),
  };
}

interface Recommended {
  readonly key: string;
  readonly code: LocalizedText;
  readonly category: 'laboratory' | 'imaging' | 'biopsy';
  readonly reason: (lang: Lang) => string;
}

/**
 * What to propose: the engine's next step, plus every study it rates "usually appropriate" now
 * and that is not done; nothing once the engine calls the workup complete. A CT/MRI next step becomes one request ("CT or MRI"), as the wizard asks.
 */
export function recommendedStudies(a: Assessment): Recommended[] {
  const out: Recommended[] = [];
  // A complete workup proposes nothing: the engine's remaining "appropriate" ratings are options,
  // and a ServiceRequest would read as an order.
  if (a.nextStep.step === 'complete') return out;
  const seen = new Set<ModalityId>();
  const next = a.nextStep;
  if (next.step === 'ctmri') {
    out.push({
      key: 'ctmri',
      code: CODE_TEXT.ctOrMri,
      category: 'imaging',
      reason: (l) => next.reason.text[l],
    });
    STEP_STUDIES.ctmri.forEach((m) => seen.add(m));
  } else if (next.step !== 'complete') {
    for (const m of STEP_STUDIES[next.step]) {
      seen.add(m);
      out.push(requestFor(m, (l) => next.reason.text[l]));
    }
  }
  for (const adv of Object.values(a.advice)) {
    if (adv.band !== 'usually-appropriate' || seen.has(adv.modality)) continue;
    seen.add(adv.modality);
    const why = adv.reasons[0];
    out.push(requestFor(adv.modality, (l) => (why ? why.text[l] : '')));
  }
  return out;
}

function requestFor(m: ModalityId, reason: (l: Lang) => string): Recommended {
  const name = MODALITIES[m]?.name ?? STUDY_NAMES[m as StudyId];
  if (m === 'labs') return { key: m, code: CODE_TEXT.labsRequest, category: 'laboratory', reason };
  return {
    key: m,
    code: {
      en: fill(CODE_TEXT.request.en, { study: name.en }),
      es: fill(CODE_TEXT.request.es, { study: name.es }),
    },
    category: m === 'biopsy' ? 'biopsy' : 'imaging',
    reason,
  };
}

/** The Bundle as pretty-printed JSON text. */
export function fhirBundleText(c: Case, a: Assessment, opts: FhirOptions): string {
  return `${JSON.stringify(caseToFhirBundle(c, a, opts), null, 2)}\n`;
}
