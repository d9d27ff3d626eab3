import type { Statement } from './types';

/** A management note the summary may show, with its source. */
export interface ManagementNote {
  readonly id: string;
  readonly statement: Statement;
}

/**
 * Management notes the sources support. There is no effective treatment for established SCHO
 * (García-Arpa 2020), so these are notes for the clinician, not a treatment plan. Agents reported
 * in other settings are flagged `extrapolated`.
 */
export const MANAGEMENT: readonly ManagementNote[] = [
  {
    id: 'early-detection',
    statement: {
      text: {
        en: 'Early detection of calcification and SCHO in CVI is important to halt progression, as there is no effective treatment.',
        es: 'La detección precoz de la calcificación y de la osificación heterotópica subcutánea en la insuficiencia venosa crónica es importante para frenar su progresión, ya que no existe un tratamiento eficaz.',
      },
      refs: ['garcia-arpa-2020'],
    },
  },
  {
    id: 'debridement-excision',
    statement: {
      text: {
        en: 'Debridement or excision is recommended, if possible.',
        es: 'Se recomienda el desbridamiento o la extirpación, si es posible.',
      },
      refs: ['garcia-arpa-2020'],
    },
  },
  {
    id: 'agents-other-scho',
    statement: {
      text: {
        en: 'In other cases of SCHO, diltiazem, probenecid, minocycline, aluminium hydroxide and bisphosphonates have been used with favourable results.',
        es: 'En otros casos de osificación heterotópica subcutánea se han empleado diltiazem, probenecid, minociclina, hidróxido de aluminio y bifosfonatos con resultados favorables.',
      },
      refs: ['garcia-arpa-2020'],
      extrapolated: true,
    },
  },
  {
    id: 'sodium-thiosulfate',
    statement: {
      text: {
        en: 'Sodium thiosulfate may be an option for dystrophic calcification (calcification, not ossification).',
        es: 'El tiosulfato sódico puede ser una opción en la calcificación distrófica (calcificación, no osificación).',
      },
      refs: ['garcia-arpa-2020'],
      extrapolated: true,
    },
  },
  {
    id: 'diltiazem-most-reported',
    statement: {
      text: {
        en: 'Diltiazem is the most-reported agent for calcinosis, with benefit in more than half of connective-tissue disease cases.',
        es: 'El diltiazem es el fármaco más citado para la calcinosis, con beneficio en más de la mitad de los casos asociados a enfermedades del tejido conectivo.',
      },
      refs: ['balanescu-2014'],
      extrapolated: true,
    },
  },
  {
    id: 'biopsy-wound-healing',
    statement: {
      text: {
        en: 'Biopsy wounds in CVI/lipodermatosclerotic skin heal poorly: in lipodermatosclerosis biopsy is best avoided (ulcers in up to 13%).',
        es: 'Las heridas de biopsia en la piel con insuficiencia venosa crónica o lipodermatoesclerosis cicatrizan mal: en la lipodermatoesclerosis conviene evitar la biopsia (úlceras en hasta el 13%).',
      },
      refs: ['rheumatologist-lds'],
      extrapolated: true,
    },
  },
];
