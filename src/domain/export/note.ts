import type { Case } from '../case/schema';
import { siteSummary, SITE_HEADING, type SiteSettings } from '../engine/site';
import type { Assessment, Reason } from '../engine/types';
import { provenanceInfo, provenanceLine } from './provenance';
import { DIFFERENTIAL, getReference, MODALITIES, type DifferentialId } from '../evidence';
import type { Lang } from '../text';
import {
  certaintyLines,
  CERTAINTY_TEXT,
  completeIsAnswered,
  nextStepLines,
} from './certainty-lines';
import { citedReferences, shortCitation } from './citations';
import {
  describeCase,
  PLAIN_FORMATTERS,
  type CaseFacts,
  type Formatters,
  type StudyFacts,
} from './describe';
import { escapeMarkdown, plainFreeText } from './inert';
import { STEP_NAMES, STUDY_NAMES } from '../modalities';
import { NOTE, PHRASES, fill } from './vocabulary';

/**
 * The note for the record: what a clinician would write after the workup, in the reader's
 * language. Built once as a small document model (sections of segments), then written out as
 * plain text or as Markdown, so both say the same thing. Free text typed by the clinician is a
 * separate kind of segment: verbatim in the plain note, escaped in Markdown.
 */

export interface NoteOptions {
  readonly lang: Lang;
  /** The app's disclaimer in the reader's language (common.disclaimer). */
  readonly disclaimer: string;
  readonly format?: Formatters;
  /** This site's settings (available investigations, lab units), as the advice's provenance. */
  readonly site?: SiteSettings;
}

/** A piece of the note: trusted app text, or the clinician's free text. */
type Seg = string | { readonly free: string };

interface Section {
  readonly heading: string;
  /** Written on the heading's line ("History: …"). */
  readonly lead?: readonly Seg[];
  readonly items?: readonly (readonly Seg[])[];
}

interface NoteModel {
  readonly title: readonly Seg[];
  readonly subtitle: string;
  readonly dateLine: string;
  readonly sections: readonly Section[];
  readonly disclaimer: string;
  readonly footer: string;
}

function cite(refs: readonly string[]): string {
  const names = refs.map((id) => {
    const ref = getReference(id);
    return ref ? shortCitation(ref) : id;
  });
  return names.length ? ` (${names.join('; ')})` : '';
}

function reasonText(r: Reason, lang: Lang): string {
  const mark = r.extrapolated ? ` [${NOTE.extrapolated[lang]}]` : '';
  return `${r.text[lang]}${mark}${cite(r.refs)}`;
}

const sentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** "Over 50 years old" → "over 50 years old" inside a sentence; "CEAP C4a…" stays. */
const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase() + s.slice(1) : s;

/** What every section builder reads: the case in words, the assessment and the reader's language. */
interface NoteContext {
  readonly lang: Lang;
  readonly fmt: Formatters;
  readonly facts: CaseFacts;
  readonly a: Assessment;
  readonly site: SiteSettings | undefined;
  /** A reason as a sentence with its references, in the reader's language. */
  readonly why: (r: Reason) => string;
}

/** History: who, venous background, the lesion, onset. */
function historySection({ lang, fmt, facts }: NoteContext): Section | undefined {
  const history: Seg[] = [];
  if (facts.history.length) history.push(sentence(facts.history.join('; ')));
  const lesion = [...facts.presentation];
  if (facts.onset) {
    lesion.push(
      facts.onset.days !== null
        ? fill(PHRASES.onsetDay[lang], { date: fmt.date(facts.onset.date), days: facts.onset.days })
        : fill(PHRASES.onset[lang], { date: fmt.date(facts.onset.date) }),
    );
  }
  if (lesion.length) {
    history.push(
      `${history.length ? ' ' : ''}${PHRASES.hardening[lang]}: ${sentence(lesion.join(', '))}`,
    );
  }
  const historyItems: Seg[][] = facts.background
    ? [[`${NOTE.background[lang]}: `, { free: facts.background }]]
    : [];
  if (!history.length && !historyItems.length) return undefined;
  return {
    heading: NOTE.history[lang],
    ...(history.length ? { lead: history } : {}),
    ...(historyItems.length ? { items: historyItems } : {}),
  };
}

function labsSection({ lang, fmt, facts }: NoteContext): Section {
  const labs = facts.labs;
  const labHeading = labs.date
    ? fill(PHRASES.dated[lang], { name: NOTE.labs[lang], date: fmt.date(labs.date) })
    : NOTE.labs[lang];
  const labLead: Seg[] = [
    labs.status === 'done'
      ? sentence(labs.findings.length ? labs.findings.join('; ') : PHRASES.noResult[lang])
      : labs.status === 'not-started'
        ? NOTE.labsNotDone[lang]
        : sentence(labs.statusText),
  ];
  if (labs.note) labLead.push(' ', { free: labs.note });
  return { heading: labHeading, lead: labLead };
}

/** One study that was done, planned or deferred, with its date and the clinician's note. */
function studyItem(s: StudyFacts, { lang, fmt }: NoteContext): Seg[] {
  let text: string;
  if (s.status === 'done') {
    const name = s.date
      ? fill(PHRASES.dated[lang], { name: s.name, date: fmt.date(s.date) })
      : s.name;
    text = `${name}: ${sentence(s.findings.length ? s.findings.join('; ') : PHRASES.noResult[lang])}`;
  } else {
    text = `${s.name}: ${sentence(s.statusText)}`;
  }
  const item: Seg[] = [text];
  if (s.note) item.push(' ', { free: s.note });
  return item;
}

/** Imaging and biopsy, each with its date; what was not done on one line. */
function findingsSection(ctx: NoteContext): Section {
  const { lang, facts } = ctx;
  const findingItems: Seg[][] = [];
  const notDone: string[] = [];
  for (const s of facts.studies) {
    if (s.status === 'not-started' || s.status === 'skipped') {
      notDone.push(s.reason ? `${s.name} (${s.reason})` : s.name);
    } else findingItems.push(studyItem(s, ctx));
  }
  if (notDone.length) findingItems.push([`${NOTE.notDone[lang]}: ${sentence(notDone.join(', '))}`]);
  return {
    heading: NOTE.findings[lang],
    ...(findingItems.length ? { items: findingItems } : { lead: [NOTE.noFindings[lang]] }),
  };
}

/** Timing: the X-ray blind window and any warning. */
function timingSection({ lang, fmt, a, why }: NoteContext): Section | undefined {
  const timingItems: Seg[][] = a.timing.warnings.map((w) => [why(w.reason)]);
  if (a.timing.xrayInformativeFrom && !a.timing.warnings.some((w) => w.modality === 'xray')) {
    timingItems.unshift([
      fill(NOTE.xrayFrom[lang], { date: fmt.date(a.timing.xrayInformativeFrom) }),
    ]);
  }
  return timingItems.length ? { heading: NOTE.timing[lang], items: timingItems } : undefined;
}

/** Impression and what drove it. */
const impressionSection = ({ lang, a, why }: NoteContext): Section => ({
  heading: NOTE.impression[lang],
  lead: [sentence(a.interpretation.label[lang])],
  items: a.interpretation.drivers.map((d) => [why(d)]),
});

/** How sure, and why not surer: every discordance with what resolves it (never dropped). */
const certaintySection = ({ lang, a, why }: NoteContext): Section => ({
  heading: CERTAINTY_TEXT.heading[lang],
  items: certaintyLines(a, lang, why).map((l) => [l]),
});

const labFlagsSection = ({ lang, a, why }: NoteContext): Section | undefined =>
  a.labFlags.length
    ? { heading: NOTE.labFlags[lang], items: a.labFlags.map((r) => [why(r)]) }
    : undefined;

/** Risk profile: the features present. */
function riskSection({ lang, a }: NoteContext): Section {
  const present = a.risk.factors
    .filter((f) => f.present === true)
    .map((f) => lowerFirst(f.label[lang]));
  return {
    heading: NOTE.riskProfile[lang],
    lead: [
      `${fill(NOTE.riskPresent[lang], { present: a.risk.presentCount, recorded: a.risk.recordedCount })}${
        present.length ? `: ${present.join(', ')}` : ''
      }.${cite(a.risk.reason.refs)}`,
    ],
  };
}

/** Differential: raised first, then "keep in mind". */
function differentialSection({ lang, a, why }: NoteContext): Section | undefined {
  if (!a.differential.length) return undefined;
  const ordered = [...a.differential].sort((x, y) =>
    x.weight === y.weight ? 0 : x.weight === 'raised' ? -1 : 1,
  );
  return {
    heading: NOTE.differential[lang],
    items: ordered.map((d) => {
      const entity = DIFFERENTIAL[d.id as DifferentialId];
      const name = entity ? entity.name[lang] : d.id;
      const weight = d.weight === 'raised' ? NOTE.raised[lang] : NOTE.consider[lang];
      return [`${name} (${weight}): ${why(d.why)}`];
    }),
  };
}

/** Plan: the next step and what is usually appropriate now. */
function planSection({ lang, a, why }: NoteContext): Section {
  const next = a.nextStep;
  const planItems: Seg[][] = [];
  const appropriate = Object.values(a.advice)
    .filter((adv) => adv.band === 'usually-appropriate')
    .map((adv) => MODALITIES[adv.modality]?.name[lang] ?? STUDY_NAMES[adv.modality][lang]);
  if (appropriate.length)
    planItems.push([`${NOTE.appropriateNow[lang]}: ${sentence(appropriate.join(', '))}`]);
  for (const l of nextStepLines(
    a,
    lang,
    why,
    (st) => STEP_NAMES[st as keyof typeof STEP_NAMES]?.[lang] ?? st,
  ))
    planItems.push([l]);
  return {
    heading: NOTE.plan[lang],
    lead: [
      next.step === 'complete'
        ? `${completeIsAnswered(a) ? NOTE.workupComplete[lang] : CERTAINTY_TEXT.noTestNow[lang]}. ${why(next.reason)}`
        : `${NOTE.nextStep[lang]}: ${STEP_NAMES[next.step][lang]}. ${why(next.reason)}`,
    ],
    ...(planItems.length ? { items: planItems } : {}),
  };
}

const openSection = ({ lang, a, why }: NoteContext): Section => ({
  heading: NOTE.open[lang],
  ...(a.openItems.length
    ? { items: a.openItems.map((r) => [why(r)]) }
    : { lead: [NOTE.nothingOpen[lang]] }),
});

const managementSection = ({ lang, a, why }: NoteContext): Section | undefined =>
  a.management.length
    ? { heading: NOTE.management[lang], items: a.management.map((m) => [why(m.reason)]) }
    : undefined;

function referencesSection({ lang, a }: NoteContext): Section {
  const { refs, unknown } = citedReferences(a);
  return {
    heading: NOTE.references[lang],
    items: [
      ...refs.map((r) => {
        const short = shortCitation(r);
        const source = !r.source || r.source.startsWith(short) ? '' : `, ${r.source}`;
        return [
          `${short}${source}${r.doi ? `, doi:${r.doi}` : ''}${r.pmid ? `, PMID ${r.pmid}` : ''}`,
        ];
      }),
      ...unknown.map((id) => [id]),
    ],
  };
}

/** This site's settings: what the advice assumed this hospital can do. */
const siteSection = ({ lang, site }: NoteContext): Section | undefined =>
  site ? { heading: SITE_HEADING[lang], lead: [siteSummary(site)[lang]] } : undefined;

/** The note's sections in order; a builder returns undefined when its section has nothing to say. */
const SECTIONS: readonly ((ctx: NoteContext) => Section | undefined)[] = [
  historySection,
  labsSection,
  findingsSection,
  timingSection,
  impressionSection,
  certaintySection,
  labFlagsSection,
  riskSection,
  differentialSection,
  planSection,
  openSection,
  managementSection,
  referencesSection,
  siteSection,
];

/** The note as a document model, one builder per section (see SECTIONS). */
export function buildNote(c: Case, a: Assessment, opts: NoteOptions): NoteModel {
  const { lang } = opts;
  const fmt = opts.format ?? PLAIN_FORMATTERS;
  const facts = describeCase(c, lang, a.asOf, fmt);
  const ctx: NoteContext = {
    lang,
    fmt,
    facts,
    a,
    site: opts.site,
    why: (r) => reasonText(r, lang),
  };
  const sections = SECTIONS.map((build) => build(ctx)).filter((s) => s !== undefined);
  const days = facts.onset?.days;
  return {
    // A label is one line; a stray line break must not split the title.
    title: [`${NOTE.title[lang]} — `, { free: c.label.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ') }],
    subtitle: NOTE.subtitle[lang],
    dateLine: `${NOTE.date[lang]}: ${fmt.date(a.asOf)}${
      days !== undefined && days !== null ? ` (${fill(NOTE.daysSinceOnset[lang], { days })})` : ''
    }`,
    sections,
    disclaimer: opts.disclaimer,
    footer: `${fill(NOTE.generated[lang], { version: a.engineVersion, date: fmt.date(a.asOf) })} ${provenanceLine(provenanceInfo(a.engineVersion), lang)}`,
  };
}

/* ------------------------------------------------------------------------------------------ */

const plainSegs = (segs: readonly Seg[], indent: string): string =>
  segs.map((s) => (typeof s === 'string' ? s : plainFreeText(s.free, indent))).join('');

/** The note as plain text, ready to paste into a record. */
export function noteText(c: Case, a: Assessment, opts: NoteOptions): string {
  const m = buildNote(c, a, opts);
  const out: string[] = [plainSegs(m.title, '  '), m.subtitle, m.dateLine, ''];
  for (const s of m.sections) {
    const lead = s.lead ? ` ${plainSegs(s.lead, '  ')}` : '';
    out.push(`${s.heading}:${lead}`);
    for (const item of s.items ?? []) out.push(`- ${plainSegs(item, '    ')}`);
    out.push('');
  }
  out.push(m.disclaimer, m.footer);
  return `${out.join('\n')}\n`;
}

/** Block markers are escaped only where a segment starts a line (the first, and after breaks). */
const mdSegs = (segs: readonly Seg[], indent: string): string =>
  segs.map((s, i) => escapeMarkdown(typeof s === 'string' ? s : s.free, indent, i === 0)).join('');

/** The same note as Markdown. Every piece of content is escaped; only the structure is Markdown. */
export function noteMarkdown(c: Case, a: Assessment, opts: NoteOptions): string {
  const m = buildNote(c, a, opts);
  const out: string[] = [
    `# ${mdSegs(m.title, '')}`,
    '',
    `*${escapeMarkdown(m.subtitle)}*`,
    '',
    `**${escapeMarkdown(m.dateLine)}**`,
    '',
  ];
  for (const s of m.sections) {
    out.push(`## ${escapeMarkdown(s.heading)}`, '');
    if (s.lead) out.push(mdSegs(s.lead, ''), '');
    if (s.items?.length) {
      for (const item of s.items) out.push(`- ${mdSegs(item, '  ')}`);
      out.push('');
    }
  }
  out.push('---', '', `> ${escapeMarkdown(m.disclaimer)}`, '', `*${escapeMarkdown(m.footer)}*`);
  return `${out.join('\n')}\n`;
}
