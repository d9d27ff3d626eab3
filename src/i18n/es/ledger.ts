import type { Dictionary } from '../types';
import type { ledger as en } from '../en/ledger';

export const ledger: Dictionary<typeof en> = {
  group: {
    direct: 'Directa: piernas con enfermedad venosa',
    indirect: 'Indirecta: otra osificación heterotópica o calcinosis',
    'other-disease': 'Otra enfermedad: calcifilaxis (no es una OHS)',
    'no-figure': 'Sin cifra en las fuentes',
  },
  groupDesc: {
    direct:
      'Medido en piernas con enfermedad venosa crónica. Ninguno es un estudio de exactitud diagnóstica.',
    indirect: 'Medido en otra enfermedad y extrapolado aquí.',
    'other-disease':
      'La calcifilaxis es una calcificación vascular con necrosis, no una osificación: se muestra aparte de las cifras de la OHS.',
    'no-figure': 'Las fuentes dan palabras, no una cifra, o nada.',
  },
  measure: {
    sensitivity: 'sensibilidad',
    'detection-rate': 'tasa de detección (sin patrón de referencia)',
    frequency: 'frecuencia',
  },
  measureShort: {
    sensitivity: 'sensibilidad',
    'detection-rate': 'tasa de detección',
    frequency: 'frecuencia',
  },
  unit: {
    patient: 'por paciente',
    leg: 'por pierna',
    limb: 'por extremidad',
    hand: 'por mano',
    zone: 'por zona',
    ulcer: 'por úlcera',
    scan: 'por exploración',
  },
  design: {
    'case-control': 'Casos y controles',
    cohort: 'Cohorte',
    'cross-sectional': 'Transversal',
    'case-series': 'Serie de casos',
    review: 'Revisión',
    guideline: 'Tabla de una guía',
    phantom: 'Medición en maniquí',
  },
  reference: {
    histology: 'Histología',
    'ct-mri': 'TC o RM',
    'spect-ct': 'SPECT/TC (contiene la prueba evaluada)',
    xray: 'Radiografía',
    clinical: 'Diagnóstico clínico',
    none: 'Ninguno',
  },
  strength: {
    high: 'Alta',
    moderate: 'Moderada',
    low: 'Baja',
    'very-low': 'Muy baja',
  },
  applicability: {
    direct: 'Directa',
    indirect: 'Indirecta',
    'other-disease': 'Otra enfermedad',
  },
  finding: {
    calcification: 'calcificación',
    bone: 'hueso',
    'heterotopic-ossification': 'osificación heterotópica',
  },
  ci: 'IC 95% {low}–{high}',
  ciMethod: 'Intervalo de puntuación de Wilson, calculado a partir de los recuentos',
  noCi: 'sin recuentos, sin intervalo',
  counts: '{events}/{total}',
  countsDerived: 'derivado del porcentaje publicado',
  col: {
    figure: 'Cifra',
    measure: 'Qué es',
    counts: 'Recuentos',
    ci: 'IC 95% (Wilson)',
    unit: 'Unidad de análisis',
    patients: 'Pacientes',
    design: 'Diseño',
    reference: 'Patrón de referencia',
    strength: 'Solidez',
    applicability: 'Aplicabilidad',
    note: 'Notas',
  },
  legendSensitivity:
    'Punto relleno: una sensibilidad (comprobada frente a un patrón de referencia)',
  legendDetection: 'Anillo vacío: una tasa de detección (nada independiente la comprobó)',
  legendFrequency: 'Cuadrado vacío: con qué frecuencia aparece el hallazgo',
  legendWhisker: 'Línea: intervalo de confianza del 95%, solo donde hay recuentos',
  pack: {
    title: 'Paquete de evidencia',
    version: 'Versión',
    hash: 'Huella del contenido (SHA-256)',
    desc: 'Cada exportación lleva esta versión y esta huella, de modo que una nota, un archivo de caso o un Bundle FHIR dicen exactamente con qué evidencia se generaron.',
    line: 'Paquete de evidencia {version}, SHA-256 {hash}',
  },
  timing: {
    after: {
      onset: 'días tras el inicio de los síntomas',
      'clinical-diagnosis': 'días tras el diagnóstico clínico',
      injury: 'días tras la lesión',
    },
    lag: '{days} ± {sd} días después de {other}',
    trackLabel: '{modality} · {source}',
  },
};
