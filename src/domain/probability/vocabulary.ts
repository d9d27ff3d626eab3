import type { LocalizedText } from '../text';
import type { Sign, UndefinedReason } from './likelihood-ratio';
import type { Concordance } from './post-test';
import type { Verdict, Zone } from './thresholds';

/**
 * The explorer's statistical wording, in both languages, for the screen and the export alike
 * (so both say the same words). Clinical figures are not here: they come from the registry.
 */

export const NO_LR = {
  en: 'No likelihood ratio can be computed from the sources.',
  es: 'No se puede calcular ninguna razón de verosimilitud a partir de las fuentes.',
};

export const NO_LR_WHY = {
  en: 'No source gives a 2×2 table (true and false positives and negatives against a reference standard) for this investigation, so any number would be invented.',
  es: 'Ninguna fuente ofrece una tabla 2×2 (verdaderos y falsos positivos y negativos frente a un patrón de referencia) para esta prueba, así que cualquier cifra sería inventada.',
};

/** The likelihood ratio's short name: LR in English, RV (razón de verosimilitud) in Spanish. */
export const LR_NAME: Readonly<Record<Sign, LocalizedText>> = {
  positive: { en: 'LR+', es: 'RV+' },
  negative: { en: 'LR−', es: 'RV−' },
};

export const UNDEFINED_REASON: Readonly<Record<UndefinedReason, LocalizedText>> = {
  'no-false-positives': {
    en: 'LR+ is undefined: the source’s table has no false positives, so 1 − specificity is 0 and the ratio divides by zero.',
    es: 'La RV+ no está definida: la tabla de la fuente no tiene falsos positivos, así que 1 − especificidad es 0 y el cociente divide por cero.',
  },
  'no-true-negatives': {
    en: 'LR− is undefined: the source’s table has no true negatives, so specificity is 0 and the ratio divides by zero.',
    es: 'La RV− no está definida: la tabla de la fuente no tiene verdaderos negativos, así que la especificidad es 0 y el cociente divide por cero.',
  },
  'no-cases': {
    en: 'Undefined: the table has no one with the target condition.',
    es: 'No definida: la tabla no incluye a nadie con la condición diana.',
  },
  'no-non-cases': {
    en: 'Undefined: the table has no one without the target condition.',
    es: 'No definida: la tabla no incluye a nadie sin la condición diana.',
  },
};

export const ZERO_NUMERATOR = {
  en: 'A zero cell: the point estimate is 0 and its log-method confidence interval does not exist.',
  es: 'Una celda en cero: la estimación puntual es 0 y su intervalo de confianza por el método logarítmico no existe.',
};

export const CORRECTED = {
  en: 'continuity-corrected (0.5 added to every cell), not the source’s estimate',
  es: 'con corrección de continuidad (0,5 sumado a cada celda), no es la estimación de la fuente',
};

export const WHAT_IF = {
  en: 'WHAT-IF: the clinician’s assumption, not evidence',
  es: 'SUPUESTO: hipótesis del clínico, no evidencia',
};

export const JUDGEMENT = {
  en: 'the clinician’s own judgement, not from a source',
  es: 'juicio propio del clínico, no procede de una fuente',
};

export const NOT_OSSIFICATION = {
  en: 'Calcification is not ossification: this anchor counts calcium deposits, not bone.',
  es: 'Calcificación no es osificación: este punto de partida cuenta depósitos de calcio, no hueso.',
};

export const EXTRAPOLATED = { en: 'extrapolated', es: 'extrapolado' };

export const CONCORDANCE: Readonly<Record<Concordance, LocalizedText>> = {
  'all-positive': { en: 'all results positive', es: 'todos los resultados positivos' },
  'all-negative': { en: 'all results negative', es: 'todos los resultados negativos' },
  discordant: {
    en: 'the results disagree: name the discordance and what would resolve it',
    es: 'los resultados discrepan: hay que nombrar la discordancia y qué la resolvería',
  },
  none: { en: 'no results', es: 'sin resultados' },
};

export const DEPENDENCE_WHY = {
  en: 'Tests that see the same thing (ultrasound, X-ray and CT all detect mineral) are not independent. Multiplying their likelihood ratios (independence) overstates the result; counting only the single most informative result (full dependence) may understate it. The truth lies between, so both ends are shown.',
  es: 'Las pruebas que ven lo mismo (ecografía, radiografía y TC detectan mineral) no son independientes. Multiplicar sus razones de verosimilitud (independencia) exagera el resultado; contar solo el resultado más informativo (dependencia completa) puede quedarse corto. La verdad está entre ambos, así que se muestran los dos extremos.',
};

export const ZONE: Readonly<Record<Zone, LocalizedText>> = {
  'below-test': { en: 'below the test threshold', es: 'por debajo del umbral de prueba' },
  test: { en: 'between the thresholds (test)', es: 'entre los umbrales (hacer pruebas)' },
  'above-treatment': {
    en: 'above the treatment/biopsy threshold',
    es: 'por encima del umbral de tratamiento/biopsia',
  },
};

export const VERDICT: Readonly<Record<Verdict, LocalizedText>> = {
  crosses: {
    en: 'The post-test range crosses a threshold: whether this result changes what you do depends on where in the range this leg lies, which the evidence cannot say.',
    es: 'El intervalo postprueba cruza un umbral: que este resultado cambie lo que hará depende de en qué punto del intervalo esté esta pierna, y la evidencia no permite saberlo.',
  },
  changes: {
    en: 'Yes: the post-test range lies wholly in another zone than the pre-test range.',
    es: 'Sí: el intervalo postprueba queda entero en otra zona distinta de la del intervalo preprueba.',
  },
  'changes-for-part': {
    en: 'For part of the pre-test range: the pre-test range spanned thresholds, and the post-test range settles in one zone.',
    es: 'Para parte del intervalo preprueba: este cruzaba umbrales, y el intervalo postprueba queda en una sola zona.',
  },
  'no-change': {
    en: 'No: before and after the result, the range lies in the same zone.',
    es: 'No: antes y después del resultado, el intervalo queda en la misma zona.',
  },
};

export const EXPORT = {
  title: {
    en: 'Pre-test / post-test calculation',
    es: 'Cálculo de probabilidad preprueba / postprueba',
  },
  pretest: { en: 'Pre-test probability', es: 'Probabilidad preprueba' },
  results: { en: 'Results', es: 'Resultados' },
  positive: { en: 'positive', es: 'positivo' },
  negative: { en: 'negative', es: 'negativo' },
  assumed: {
    en: 'assumed sensitivity {sens}, assumed specificity {spec}',
    es: 'sensibilidad supuesta {sens}, especificidad supuesta {spec}',
  },
  notUsed: { en: 'not used in the calculation', es: 'no se usa en el cálculo' },
  combined: { en: 'Combined likelihood ratio', es: 'Razón de verosimilitud combinada' },
  independence: { en: 'independence (product)', es: 'independencia (producto)' },
  fullDependence: {
    en: 'full dependence (single most informative result)',
    es: 'dependencia completa (el resultado más informativo)',
  },
  post: { en: 'Post-test probability', es: 'Probabilidad postprueba' },
  band: { en: 'whole band', es: 'banda completa' },
  noPost: {
    en: 'No post-test probability: no result with a likelihood ratio entered the calculation.',
    es: 'Sin probabilidad postprueba: ningún resultado con razón de verosimilitud entró en el cálculo.',
  },
  thresholds: {
    en: 'Thresholds set by the clinician: test {test}, treatment/biopsy {treatment}',
    es: 'Umbrales fijados por el clínico: prueba {test}, tratamiento/biopsia {treatment}',
  },
  changes: {
    en: 'Would this result change what you do?',
    es: '¿Cambiaría este resultado lo que hará?',
  },
  whatIfLeftOut: {
    en: 'What-if assumptions were used on screen and are left out of this export, at the clinician’s choice; the figures above use the sources only.',
    es: 'En pantalla se usaron supuestos, que quedan fuera de esta exportación por elección del clínico; las cifras de arriba usan solo las fuentes.',
  },
  ci: { en: '95% CI', es: 'IC 95 %' },
} as const;
