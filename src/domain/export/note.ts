import type { Case } from '../case/schema';
import { siteSummary, SITE_HEADING, type SiteSettings } from '../engine/site';
import { showsDayCount } from '../engine/timing';
import type { Assessment, Reason } from '../engine/types';
import { provenanceInfo, provenanceLine } from './provenance';
import { DIFFERENTIAL, getReference, MODALITIES } from '../evidence';
import type { Lang } from '../text';
import { certaintyLines, nextStepLines } from './certainty-lines';
import { fullCitation } from './citations';
import {
  describeCase,
  PLAIN_FORMATTERS,
  type CaseFacts,
  type Formatters,
  type StudyFacts,
} from './describe';
import { visibleLabel } from '../case/label';
import { escapeMarkdown, plainFreeText } from './inert';
import { STEP_NAMES, STUDY_NAMES } from '../modalities';
import { NOTE, PHRASES } from './vocabulary';
import { render, said } from '../words';

/**
 * The note for the record: what a clinician would write after the workup, in the reader's
 * language and in the order a colleague reads it: the assessment and the plan first, then what is
 * open, then the history and findings that support them, then the references. Short by default
 * (what the next clinician must know); `full` adds the timing, the risk profile, every item of the
 * differential and what is usually appropriate now. Built once as a small document model
 * (sections of segments), then written out as plain text or as Markdown, so both say the same
 * thing. Free text typed by the clinician is a separate kind of segment: verbatim in the plain
 * note, escaped in Markdown.
 *
 * Citations are numbered in order of first use ("[1]", "[1, 2]") and the references list exactly
 * the sources cited, each in full, so every cited source is listed and every listed one is cited.
 * A sentence the note has already said is not said again (the reasons of the engine overlap:
 * "Workup complete" beside "the workup is complete", a driver that is also a discordance).
 */

export interface NoteOptions {
  readonly lang: Lang;
  /** The app's disclaimer in the reader's language (common.disclaimer). */
  readonly disclaimer: string;
  readonly format?: Formatters;
  /** This site's settings (available investigations, lab units), as the advice's provenance. */
  readonly site?: SiteSettings;
  /** The full note (timing, risk profile, whole differential); the short one by default. */
  readonly full?: boolean;
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

const sentence = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** "Over 50 years old" → "over 50 years old" inside a sentence; "CEAP C4a…" stays. */
const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase() + s.slice(1) : s;

/** Sentences of an app text (a citation or mark stays with the sentence it follows). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[^\s[(])/u;
const key = (s: string) => s.trim().toLocaleLowerCase();

/**
 * What the note has said so far, and its numbered citations. `once` drops the sentences of a text
 * already said; `cite` numbers references in order of first use.
 */
class Writer {
  private readonly said = new Set<string>();
  readonly cited: string[] = [];

  once(text: string): string {
    const kept = text.split(SENTENCE_END).filter((s) => {
      const k = key(s);
      if (!k || this.said.has(k)) return false;
      this.said.add(k);
      return true;
    });
    return kept.join(' ');
  }

  cite(refs: readonly string[]): string {
    const numbers = [...new Set(refs)].map((id) => {
      let i = this.cited.indexOf(id);
      if (i < 0) i = this.cited.push(id) - 1;
      return i + 1;
    });
    return numbers.length ? ` [${numbers.join(', ')}]` : '';
  }
}

/** What every section builder reads: the case in words, the assessment and the reader's language. */
interface NoteContext {
  readonly lang: Lang;
  readonly fmt: Formatters;
  readonly facts: CaseFacts;
  readonly a: Assessment;
  readonly site: SiteSettings | undefined;
  readonly full: boolean;
  readonly w: Writer;
  /** A reason as a sentence with its references, or '' when the note has said it already. */
  readonly why: (r: Reason) => string;
}

/** Items with nothing left to say (every sentence said before) are dropped. */
const items = (lines: readonly string[]): Seg[][] => lines.filter((l) => l).map((l) => [l]);

/** The conclusion and what drove it, how sure and why not surer, and any lab red flag. */
function assessmentSection(ctx: NoteContext): Section {
  const { lang, a, why, w } = ctx;
  const label = w.once(sentence(a.interpretation.label[lang]));
  return {
    heading: NOTE.assessment[lang],
    lead: [label],
    items: items([
      ...a.interpretation.drivers.map(why),
      ...certaintyLines(a, lang, why),
      ...a.labFlags.map((r) => prefixed(NOTE.labFlag[lang], why(r))),
    ]),
  };
}

/** "Lab red flag: …", or '' when the reason was said already. */
const prefixed = (label: string, text: string) => (text ? `${label}: ${text}` : '');

/**
 * A possible calciphylaxis first, whatever the next step; then the next step (a
 * complete workup says so once), the same visit, the options, timing, management.
 */
function planSection(ctx: NoteContext): Section {
  const { lang, a, why, full } = ctx;
  const next = a.nextStep;
  const urgent = a.urgency ? why(a.urgency.reason) : '';
  const step =
    next.step === 'complete'
      ? why(next.reason)
      : `${NOTE.nextStep[lang]}: ${STEP_NAMES[next.step][lang]}. ${why(next.reason)}`;
  const lead = urgent && step ? `${urgent} ${step}` : urgent || step;
  const planItems: string[] = nextStepLines(
    a,
    lang,
    why,
    (st) => STEP_NAMES[st as keyof typeof STEP_NAMES]?.[lang] ?? st,
  );
  if (full) {
    const appropriate = Object.values(a.advice)
      .filter((adv) => adv.band === 'usually-appropriate')
      .map((adv) => MODALITIES[adv.modality]?.name[lang] ?? STUDY_NAMES[adv.modality][lang]);
    if (appropriate.length)
      planItems.push(`${NOTE.appropriateNow[lang]}: ${sentence(appropriate.join(', '))}`);
  }
  for (const wng of a.timing.warnings) planItems.push(why(wng.reason));
  for (const m of a.management) planItems.push(why(m.reason));
  return { heading: NOTE.plan[lang], lead: [lead], items: items(planItems) };
}

const openSection = ({ lang, a, why }: NoteContext): Section => {
  const open = items(a.openItems.map(why));
  return {
    heading: NOTE.open[lang],
    ...(open.length ? { items: open } : { lead: [NOTE.nothingOpen[lang]] }),
  };
};

/** The differential: what this case raises; the full note adds what to keep in mind. */
function differentialSection({ lang, a, why, full }: NoteContext): Section | undefined {
  const shown = a.differential.filter((d) => full || d.weight === 'raised');
  if (!shown.length) return undefined;
  const ordered = [...shown].sort((x, y) =>
    x.weight === y.weight ? 0 : x.weight === 'raised' ? -1 : 1,
  );
  return {
    heading: NOTE.differential[lang],
    items: items(
      ordered.map((d) => {
        const entity = DIFFERENTIAL[d.id];
        const name = entity ? entity.name[lang] : d.id;
        const weight = d.weight === 'raised' ? NOTE.raised[lang] : NOTE.consider[lang];
        return `${name} (${weight}): ${why(d.why)}`;
      }),
    ),
  };
}

/** History: who, venous background, the lesion, onset; the clinician's own history verbatim. */
function historySection({ lang, fmt, facts }: NoteContext): Section | undefined {
  const history: Seg[] = [];
  if (facts.history.length) history.push(sentence(facts.history.join('; ')));
  const lesion = [...facts.presentation];
  if (facts.onset) {
    const days = facts.onset.days;
    const date = fmt.date(facts.onset.date);
    // No day count over a year in any export.
    lesion.push(
      showsDayCount(days)
        ? render(said('export.phrase.onset-day', { date, days }), lang)
        : days !== null
          ? render(said('export.phrase.onset-over-a-year', { date }), lang)
          : render(said('export.phrase.onset', { date }), lang),
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

/** One study that was done, planned or deferred, with its date and the clinician's note. */
function studyItem(s: StudyFacts, { lang, fmt }: NoteContext): Seg[] {
  let text: string;
  const name = s.date
    ? render(said('export.phrase.dated', { name: s.name, date: fmt.date(s.date) }), lang)
    : s.name;
  if (s.status === 'done') {
    text = `${name}: ${sentence(s.findings.length ? s.findings.join('; ') : PHRASES.noResult[lang])}`;
  } else {
    text = `${name}: ${sentence(s.statusText)}`;
  }
  const item: Seg[] = [text];
  if (s.note) item.push(' ', { free: s.note });
  return item;
}

/** The labs, then imaging and biopsy, each with its date; what was not done on one line. */
function findingsSection(ctx: NoteContext): Section {
  const { lang, facts } = ctx;
  const labs = facts.labs;
  const findingItems: Seg[][] = [
    labs.status === 'not-started'
      ? [`${NOTE.labs[lang]}: ${NOTE.labsNotDone[lang]}`]
      : studyItem({ ...labs, name: NOTE.labs[lang] }, ctx),
  ];
  const notDone: string[] = [];
  for (const s of facts.studies) {
    if (s.status === 'not-started' || s.status === 'skipped') {
      notDone.push(s.reason ? `${s.name} (${s.reason})` : s.name);
    } else findingItems.push(studyItem(s, ctx));
  }
  if (notDone.length) findingItems.push([`${NOTE.notDone[lang]}: ${sentence(notDone.join(', '))}`]);
  return { heading: NOTE.findings[lang], items: findingItems };
}

/** Timing (full note): the date from which a normal film lowers the suspicion. */
function timingSection({ lang, fmt, a, full }: NoteContext): Section | undefined {
  if (
    !full ||
    !a.timing.xrayInformativeFrom ||
    a.timing.warnings.some((w) => w.modality === 'xray')
  )
    return undefined;
  return {
    heading: NOTE.timing[lang],
    lead: [
      render(said('export.note.xray-from', { date: fmt.date(a.timing.xrayInformativeFrom) }), lang),
    ],
  };
}

/** Risk profile (full note): the features present. */
function riskSection({ lang, a, w, full }: NoteContext): Section | undefined {
  if (!full) return undefined;
  const present = a.risk.factors
    .filter((f) => f.present === true)
    .map((f) => lowerFirst(f.label[lang]));
  return {
    heading: NOTE.riskProfile[lang],
    lead: [
      `${render(said('export.note.risk-present', { present: a.risk.presentCount, recorded: a.risk.recordedCount }), lang)}${
        present.length ? `: ${present.join(', ')}` : ''
      }.${w.cite(a.risk.reason.refs)}`,
    ],
  };
}

/** This site's settings: what the advice assumed this hospital can do. */
const siteSection = ({ lang, site }: NoteContext): Section | undefined =>
  site ? { heading: SITE_HEADING[lang], lead: [siteSummary(site)[lang]] } : undefined;

/** Every source the note cites, numbered as cited, each in full. */
function referencesSection({ lang, w }: NoteContext): Section | undefined {
  if (!w.cited.length) return undefined;
  return {
    heading: NOTE.references[lang],
    items: w.cited.map((id, i) => {
      const ref = getReference(id);
      return [`[${i + 1}] ${ref ? fullCitation(ref) : id}`];
    }),
  };
}

/**
 * The note's sections in reading order; a builder returns undefined when its section has nothing
 * to say. The references come last and list what the sections before them cited.
 */
const SECTIONS: readonly ((ctx: NoteContext) => Section | undefined)[] = [
  assessmentSection,
  planSection,
  openSection,
  differentialSection,
  historySection,
  findingsSection,
  timingSection,
  riskSection,
  siteSection,
  referencesSection,
];

/** The note as a document model, one builder per section (see SECTIONS). */
export function buildNote(c: Case, a: Assessment, opts: NoteOptions): NoteModel {
  const { lang } = opts;
  const fmt = opts.format ?? PLAIN_FORMATTERS;
  const facts = describeCase(c, lang, a.asOf, fmt);
  const w = new Writer();
  const why = (r: Reason): string => {
    const text = w.once(r.text[lang]);
    if (!text) return '';
    const mark = r.extrapolated ? ` [${NOTE.extrapolated[lang]}]` : '';
    return `${text}${mark}${w.cite(r.refs)}`;
  };
  const ctx: NoteContext = {
    lang,
    fmt,
    facts,
    a,
    site: opts.site,
    full: opts.full ?? false,
    w,
    why,
  };
  const sections = SECTIONS.map((build) => build(ctx)).filter((s) => s !== undefined);
  const days = facts.onset?.days;
  return {
    // Titled by the conclusion. A label is one line: a stored line break or direction override
    // is shown as a mark ("Bed 12⏎Conclusion: …", "⟨U+202E⟩gel tfel"), so it cannot forge a line
    // or reorder words.
    title: [`${a.interpretation.label[lang]} — `, { free: visibleLabel(c.label) }],
    subtitle: opts.full ? `${NOTE.subtitle[lang]} (${NOTE.fullNote[lang]})` : NOTE.subtitle[lang],
    dateLine: `${NOTE.date[lang]}: ${fmt.date(a.asOf)}${
      showsDayCount(days)
        ? ` (${render(said('export.note.days-since-onset', { days }), lang)})`
        : days !== undefined && days !== null
          ? ` (${NOTE.overAYearSinceOnset[lang]})`
          : ''
    }${a.urgency ? ` — ${NOTE.urgent[lang]}` : ''}`,
    sections,
    disclaimer: opts.disclaimer,
    footer: `${render(said('export.note.generated', { version: a.engineVersion, date: fmt.date(a.asOf) }), lang)} ${provenanceLine(provenanceInfo(a.engineVersion), lang)}`,
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
