import type { Reference } from './types';

/**
 * "García-Arpa 2020": first author's surname and year. Where the registry has no author, the
 * source's name stands in ("Insights Imaging 2013"), and where it has neither, the PMID.
 */
export function shortCitation(ref: Reference): string {
  let who: string;
  if (ref.authors) {
    who = (ref.authors.split(',')[0] ?? ref.authors).trim().replace(/ [A-Z]{1,3}$/, '');
  } else if (ref.source) {
    who = (ref.source.split(/[;(]/)[0] ?? ref.source).trim();
  } else {
    who = ref.pmid ? `PMID ${ref.pmid}` : ref.title;
  }
  const year = ref.year !== undefined && !who.includes(String(ref.year)) ? ` ${ref.year}` : '';
  return `${who}${year}`;
}

/**
 * Vancouver-style full citation with DOI and PMID when the registry has them; a part the registry
 * does not have (authors, journal) is left out, as Vancouver cites an article without authors.
 */
export function fullCitation(ref: Reference): string {
  const parts = [ref.authors, ref.title, ref.source]
    .filter((p) => p !== '')
    .map((p) => p.replace(/\.$/, ''));
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
