import { text, type LocalizedText } from '../text';
import type { UndefinedReason } from './likelihood-ratio';
import type { Concordance } from './post-test';
import type { Verdict, Zone } from './thresholds';

/**
 * The explorer's statistical wording, in both languages, for the screen and the export alike
 * (so both say the same words). Clinical figures are not here: they come from the registry.
 */

export const NO_LR = text(
  'No likelihood ratio can be computed from the sources.',
  'No se puede calcular ninguna razón de verosimilitud a partir de las fuentes.',
);

export const NO_LR_WHY = text(
  'No source gives a 2×2 table (true and false positives and negatives against a reference standard) for this investigation, so any number would be invented.',
  'Ninguna fuente ofrece una tabla 2×2 (verdaderos y falsos positivos y negativos frente a un patrón de referencia) para esta prueba, así que cualquier cifra sería inventada.',
);

export const UNDEFINED_REASON: Readonly<Record<UndefinedReason, LocalizedText>> = {
  'no-false-positives': text(
    'LR+ is undefined: the source’s table has no false positives, so 1 − specificity is 0 and the ratio divides by zero.',
    'La RV+ no está definida: la tabla de la fuente no tiene falsos positivos, así que 1 − especificidad es 0 y el cociente divide por cero.',
  ),
  'no-true-negatives': text(
    'LR− is undefined: the source’s table has no true negatives, so specificity is 0 and the ratio divides by zero.',
    'La RV− no está definida: la tabla de la fuente no tiene verdaderos negativos, así que la especificidad es 0 y el cociente divide por cero.',
  ),
  'no-cases': text(
    'Undefined: the table has no one with the target condition.',
    'No definida: la tabla no incluye a nadie con la condición diana.',
  ),
  'no-non-cases': text(
    'Undefined: the table has no one without the target condition.',
    'No definida: la tabla no incluye a nadie sin la condición diana.',
  ),
};

export const ZERO_NUMERATOR = text(
  'A zero cell: the point estimate is 0 and its log-method confidence interval does not exist.',
  'Una celda en cero: la estimación puntual es 0 y su intervalo de confianza por el método logarítmico no existe.',
);

export const CORRECTED = text(
  'continuity-corrected (0.5 added to every cell), not the source’s estimate',
  'con corrección de continuidad (0,5 sumado a cada celda), no es la estimación de la fuente',
);

export const WHAT_IF = text(
  'WHAT-IF: the clinician’s assumption, not evidence',
  'SUPUESTO: hipótesis del clínico, no evidencia',
);

export const JUDGEMENT = text(
  'the clinician’s own judgement, not from a source',
  'juicio propio del clínico, no procede de una fuente',
);

export const NOT_OSSIFICATION = text(
  'Calcification is not ossification: this anchor counts calcium deposits, not bone.',
  'Calcificación no es osificación: este punto de partida cuenta depósitos de calcio, no hueso.',
);

export const EXTRAPOLATED = text('extrapolated', 'extrapolado');

export const CONCORDANCE: Readonly<Record<Concordance, LocalizedText>> = {
  'all-positive': text('all results positive', 'todos los resultados positivos'),
  'all-negative': text('all results negative', 'todos los resultados negativos'),
  discordant: text(
    'the results disagree: name the discordance and what would resolve it',
    'los resultados discrepan: hay que nombrar la discordancia y qué la resolvería',
  ),
  none: text('no results', 'sin resultados'),
};

export const DEPENDENCE_WHY = text(
  'Tests that see the same thing (ultrasound, X-ray and CT all detect mineral) are not independent. Multiplying their likelihood ratios (independence) overstates the result; counting only the single most informative result (full dependence) may understate it. The truth lies between, so both ends are shown.',
  'Las pruebas que ven lo mismo (ecografía, radiografía y TC detectan mineral) no son independientes. Multiplicar sus razones de verosimilitud (independencia) exagera el resultado; contar solo el resultado más informativo (dependencia completa) puede quedarse corto. La verdad está entre ambos, así que se muestran los dos extremos.',
);

export const ZONE: Readonly<Record<Zone, LocalizedText>> = {
  'below-test': text('below the test threshold', 'por debajo del umbral de prueba'),
  test: text('between the thresholds (test)', 'entre los umbrales (hacer pruebas)'),
  'above-treatment': text(
    'above the treatment/biopsy threshold',
    'por encima del umbral de tratamiento/biopsia',
  ),
};

export const VERDICT: Readonly<Record<Verdict, LocalizedText>> = {
  crosses: text(
    'The post-test range crosses a threshold: whether this result changes what you do depends on where in the range this leg lies, which the evidence cannot say.',
    'El intervalo postprueba cruza un umbral: que este resultado cambie lo que hará depende de en qué punto del intervalo esté esta pierna, y la evidencia no permite saberlo.',
  ),
  changes: text(
    'Yes: the post-test range lies wholly in another zone than the pre-test range.',
    'Sí: el intervalo postprueba queda entero en otra zona distinta de la del intervalo preprueba.',
  ),
  'changes-for-part': text(
    'For part of the pre-test range: the pre-test range spanned thresholds, and the post-test range settles in one zone.',
    'Para parte del intervalo preprueba: este cruzaba umbrales, y el intervalo postprueba queda en una sola zona.',
  ),
  'no-change': text(
    'No: before and after the result, the range lies in the same zone.',
    'No: antes y después del resultado, el intervalo queda en la misma zona.',
  ),
};

export const EXPORT = {
  title: text('Pre-test / post-test calculation', 'Cálculo de probabilidad preprueba / postprueba'),
  pretest: text('Pre-test probability', 'Probabilidad preprueba'),
  results: text('Results', 'Resultados'),
  positive: text('positive', 'positivo'),
  negative: text('negative', 'negativo'),
  assumed: text(
    'assumed sensitivity {sens}, assumed specificity {spec}',
    'sensibilidad supuesta {sens}, especificidad supuesta {spec}',
  ),
  notUsed: text('not used in the calculation', 'no se usa en el cálculo'),
  combined: text('Combined likelihood ratio', 'Razón de verosimilitud combinada'),
  independence: text('independence (product)', 'independencia (producto)'),
  fullDependence: text(
    'full dependence (single most informative result)',
    'dependencia completa (el resultado más informativo)',
  ),
  post: text('Post-test probability', 'Probabilidad postprueba'),
  band: text('whole band', 'banda completa'),
  noPost: text(
    'No post-test probability: no result with a likelihood ratio entered the calculation.',
    'Sin probabilidad postprueba: ningún resultado con razón de verosimilitud entró en el cálculo.',
  ),
  thresholds: text(
    'Thresholds set by the clinician: test {test}, treatment/biopsy {treatment}',
    'Umbrales fijados por el clínico: prueba {test}, tratamiento/biopsia {treatment}',
  ),
  changes: text('Would this result change what you do?', '¿Cambiaría este resultado lo que hará?'),
  whatIfLeftOut: text(
    'What-if assumptions were used on screen and are left out of this export, at the clinician’s choice; the figures above use the sources only.',
    'En pantalla se usaron supuestos, que quedan fuera de esta exportación por elección del clínico; las cifras de arriba usan solo las fuentes.',
  ),
  ci: text('95 % CI', 'IC 95 %'),
} as const;
