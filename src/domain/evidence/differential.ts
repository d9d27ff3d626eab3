import type { LocalizedText } from '../text';
import type { Statement } from './types';
import { localized, said } from '../words';

export type DifferentialId =
  | 'scho-cvi'
  | 'dystrophic-calcinosis'
  | 'metastatic-calcinosis'
  | 'idiopathic-calcinosis'
  | 'calciphylaxis'
  | 'osteoma-cutis'
  | 'poh'
  | 'aho-php'
  | 'fop'
  | 'myositis-ossificans'
  | 'lipodermatosclerosis';

/** One diagnosis to weigh against SCHO in CVI: what sets it apart and which tests decide. */
export interface DifferentialEntity {
  readonly id: DifferentialId;
  readonly name: LocalizedText;
  readonly discriminator: Statement;
  readonly tests: Statement;
}

/**
 * The differential diagnosis: every entity's statements were read in its source (status S).
 *
 * A statement that describes another condition from that condition's own source is not
 * `extrapolated`: the flag is kept for claims about SCHO in CVI that rest on other settings.
 */
export const DIFFERENTIAL: Readonly<Record<DifferentialId, DifferentialEntity>> = {
  'scho-cvi': {
    id: 'scho-cvi',
    name: localized(said('evidence.differential.scho-cvi.name')),
    discriminator: {
      text: localized(said('evidence.differential.scho-cvi.discriminator')),
      refs: ['garcia-arpa-2020'],
    },
    tests: {
      text: localized(said('evidence.differential.scho-cvi.tests')),
      refs: ['garcia-arpa-2020'],
    },
  },
  'dystrophic-calcinosis': {
    id: 'dystrophic-calcinosis',
    name: localized(said('evidence.differential.dystrophic-calcinosis.name')),
    discriminator: {
      text: localized(said('evidence.differential.dystrophic-calcinosis.discriminator')),
      refs: ['reiter-2011', 'garcia-arpa-2020'],
    },
    tests: {
      text: localized(said('evidence.differential.dystrophic-calcinosis.tests')),
      refs: ['reiter-2011'],
    },
  },
  'metastatic-calcinosis': {
    id: 'metastatic-calcinosis',
    name: localized(said('evidence.differential.metastatic-calcinosis.name')),
    discriminator: {
      text: localized(said('evidence.differential.metastatic-calcinosis.discriminator')),
      refs: ['emedicine-calcinosis'],
    },
    tests: {
      text: localized(said('evidence.differential.metastatic-calcinosis.tests')),
      refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
    },
  },
  'idiopathic-calcinosis': {
    id: 'idiopathic-calcinosis',
    name: localized(said('evidence.differential.idiopathic-calcinosis.name')),
    discriminator: {
      text: localized(said('evidence.differential.idiopathic-calcinosis.discriminator')),
      refs: ['reiter-2011'],
    },
    tests: {
      text: localized(said('evidence.differential.idiopathic-calcinosis.tests')),
      refs: ['reiter-2011'],
    },
  },
  calciphylaxis: {
    id: 'calciphylaxis',
    name: localized(said('evidence.differential.calciphylaxis.name')),
    discriminator: {
      text: localized(said('evidence.differential.calciphylaxis.discriminator')),
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
    },
    tests: {
      text: localized(said('evidence.differential.calciphylaxis.tests')),
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
    },
  },
  'osteoma-cutis': {
    id: 'osteoma-cutis',
    name: localized(said('evidence.differential.osteoma-cutis.name')),
    discriminator: {
      text: localized(said('evidence.differential.osteoma-cutis.discriminator')),
      refs: ['statpearls-osteoma-cutis'],
    },
    tests: {
      text: localized(said('evidence.differential.osteoma-cutis.tests')),
      refs: ['statpearls-osteoma-cutis'],
    },
  },
  poh: {
    id: 'poh',
    name: localized(said('evidence.differential.poh.name')),
    discriminator: {
      text: localized(said('evidence.differential.poh.discriminator')),
      refs: ['omim-166350'],
    },
    tests: {
      text: localized(said('evidence.differential.poh.tests')),
      refs: ['omim-166350'],
    },
  },
  'aho-php': {
    id: 'aho-php',
    name: localized(said('evidence.differential.aho-php.name')),
    discriminator: {
      text: localized(said('evidence.differential.aho-php.discriminator')),
      refs: ['medlineplus-aho', 'linglart-2018'],
    },
    tests: {
      text: localized(said('evidence.differential.aho-php.tests')),
      refs: ['medlineplus-aho', 'linglart-2018'],
    },
  },
  fop: {
    id: 'fop',
    name: localized(said('evidence.differential.fop.name')),
    discriminator: {
      text: localized(said('evidence.differential.fop.discriminator')),
      refs: ['genereviews-fop'],
    },
    tests: {
      text: localized(said('evidence.differential.fop.tests')),
      refs: ['genereviews-fop'],
    },
  },
  'myositis-ossificans': {
    id: 'myositis-ossificans',
    name: localized(said('evidence.differential.myositis-ossificans.name')),
    discriminator: {
      text: localized(said('evidence.differential.myositis-ossificans.discriminator')),
      refs: ['radiopaedia-myositis-ossificans', 'garcia-arpa-2020'],
    },
    tests: {
      text: localized(said('evidence.differential.myositis-ossificans.tests')),
      refs: ['radiopaedia-myositis-ossificans'],
    },
  },
  lipodermatosclerosis: {
    id: 'lipodermatosclerosis',
    name: localized(said('evidence.differential.lipodermatosclerosis.name')),
    discriminator: {
      text: localized(said('evidence.differential.lipodermatosclerosis.discriminator')),
      refs: ['rheumatologist-lds'],
    },
    tests: {
      text: localized(said('evidence.differential.lipodermatosclerosis.tests')),
      refs: ['rheumatologist-lds'],
    },
  },
};
