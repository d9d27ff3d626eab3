import type { Assessment } from '../engine/types';
import { DIFFERENTIAL, getReference, type DifferentialId, type Reference } from '../evidence';

const PHRASE_AUTHORS = /^(not confirmed|authors? )/i;

/**
 * "García-Arpa 2020": first author's surname and year. Where the registry has no author (an
 * unconfirmed row, a web resource), the source name stands in. Mirrors the on-screen citations.
 */
export function shortCitation(ref: Reference): string {
  let who: string;
  if (!PHRASE_AUTHORS.test(ref.authors)) {
    who = (ref.authors.split(',')[0] ?? ref.authors).trim().replace(/ [A-Z]{1,3}$/, '');
  } else {
    who = (ref.source.split(/[;(]/)[0] ?? ref.source).trim();
  }
  const year = ref.year !== undefined && !who.includes(String(ref.year)) ? ` ${ref.year}` : '';
  return `${who}${year}`;
}

/** Vancouver-style full citation with DOI and PMID when the registry has them. */
export function fullCitation(ref: Reference): string {
  const parts = [ref.authors, ref.title, ref.source].map((p) => p.replace(/\.$/, ''));
  if (ref.year !== undefined && !ref.source.includes(String(ref.year)))
    parts.push(String(ref.year));
  if (ref.doi) parts.push(`doi:${ref.doi}`);
  if (ref.pmid) parts.push(`PMID: ${ref.pmid}`);
  return `${parts.join('. ')}.`;
}

/** The link a reader can follow: the DOI resolver, else PubMed. */
export function citationUrl(ref: Reference): string | undefined {
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  if (ref.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`;
  return undefined;
}

/**
 * Every reference id the assessment cites (reasons, drivers, advice, timing, differential,
 * management, risk), plus the registry entries the summary shows for each differential item,
 * in order of first appearance. Walked generically so that no new kind of reason escapes.
 */
export function citedRefIds(a: Assessment): string[] {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'refs' && Array.isArray(value)) {
        for (const id of value) if (typeof id === 'string') ids.add(id);
      } else visit(value);
    }
  };
  visit(a);
  for (const item of a.differential) {
    const entity = DIFFERENTIAL[item.id as DifferentialId];
    if (entity) visit([entity.discriminator, entity.tests]);
  }
  return [...ids];
}

/** The cited references, resolved; unknown ids are returned separately so they stay visible. */
export function citedReferences(a: Assessment): { refs: Reference[]; unknown: string[] } {
  const refs: Reference[] = [];
  const unknown: string[] = [];
  for (const id of citedRefIds(a)) {
    const ref = getReference(id);
    if (ref) refs.push(ref);
    else unknown.push(id);
  }
  return { refs, unknown };
}
