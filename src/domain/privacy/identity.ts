import { isValidDni, isValidNhsNumber, isValidNie } from './checks';

/**
 * Does a label or a note look as if it identifies the patient? A warning, never a block: the
 * clinician decides, and nothing typed is changed. What it looks for, in this order (each piece
 * of text is claimed by the first rule that matches it):
 *
 * 1. an e-mail address;
 * 2. an NHS number whose modulus-11 check digit is right;
 * 3. a Spanish DNI or NIE whose control letter is right;
 * 4. a date after "DOB", "born", "nacido", "F. nac." …: a date of birth (in a label, any full
 *    date, since a label needs none; in a note, dates are clinical and only a birth date counts);
 * 5. a phone number: "+" and 8 to 15 digits, a UK number (0 and 10 or 11 digits), a Spanish
 *    one (nine digits from 6 to 9), or digits after "tel", "phone", "móvil" …;
 * 6. a number after "NHC", "MRN", "NHS", "historia", "record" …, or any other run of six or more
 *    digits (groups of three or more, spaces or hyphens between, a letter or two around them, as
 *    in "AB123456" or a DNI whose letter is wrong) not followed by a unit: a record number;
 * 7. a personal name: two or more capitalised words in a row (or one after "Mr", "Sra", "Dr" …)
 *    that are not clinical or ward vocabulary ("Bed", "Cama", "Left", "Pierna", "CVI" …).
 *
 * Its limits, said plainly in the threat model: a name in lower case, a single surname, a name
 * that is also a common word, a number written in words, an identifier format it does not know
 * or an address pass unseen; a capitalised eponym or place ("Klippel Trenaunay") is warned about.
 */

type IdentityKind =
  | 'email'
  | 'nhs-number'
  | 'dni'
  | 'nie'
  | 'date-of-birth'
  | 'date'
  | 'phone'
  | 'record-number'
  | 'name';

export interface IdentityFinding {
  readonly kind: IdentityKind;
  /** The text as typed, from `start` to `end` (UTF-16 offsets). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Where the text is: a case label (one short line) or a free-text note. */
export type TextPlace = 'label' | 'note';

/* A match must not start or end inside a word or a number. */
const L = String.raw`(^|[^\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;
const rx = (body: string, left = L) => new RegExp(`${left}(${body})${R}`, 'giu');

const MONTH =
  'jan(?:uary)?|feb(?:ruary|rero)?|mar(?:ch|zo)?|apr(?:il)?|abr(?:il)?|may(?:o)?|june?|junio|july?|julio|aug(?:ust)?|ago(?:sto)?|sept?(?:ember|tiembre)?|set(?:iembre)?|oct(?:ober|ubre)?|nov(?:ember|iembre)?|dec(?:ember)?|dic(?:iembre)?|ene(?:ro)?';

const DATE_FORMS = [
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})`,
  String.raw`\d{4}[/.-]\d{1,2}[/.-]\d{1,2}`,
  String.raw`\d{1,2}(?:st|nd|rd|th|º)?\s+(?:de\s+)?(?:${MONTH})\.?,?\s+(?:de\s+|del\s+)?\d{4}`,
  String.raw`(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
];

/** "DOB", "born (on)", "F. nac.", "nacida el" … just before a date or a year. */
const BIRTH_CUE =
  /(?:\bd\.?\s?o\.?\s?b\.?|date of birth|birth\s?date|birthday|\bborn(?:\s+(?:on|in))?|fecha de nacimiento|\bf\.?\s?(?:de\s)?nac\.?(?:imiento)?|\bfnac|\bnacid[oa](?:\s+(?:el|en))?|\bnac\.)\s*[:=-]?\s*$/i;

const PHONE_CUE = String.raw`(?:tel[eé]fono|tel[eé]f|telf|tlf|tfno|tel|phone|mobile|m[oó]vil|mob|cell)\.?\s*[:=]?\s*`;
const RECORD_CUE = String.raw`(?:nhc|mrn|nhs|chi|h\.?\s?c\.?|historia(?:\s+cl[ií]nica)?|record|hospital\s+(?:no|number|n[ºo°])|nuhsa|cip|sip|tis|nuss|nss|nif|dni|nie|passport|pasaporte|id)\.?\s*(?:no\.?|n[ºo°]\.?|number|n[uú]mero|num\.?|#)?\s*[:=#]?\s*`;

/** A number followed by a unit is a dose or a count ("100000 IU"), not a record number. */
const UNIT_AFTER =
  /^\s?(?:iu|ui|u|units?|unidades|mg|mcg|µg|ug|g|kg|ml|l|mmol|µmol|umol|pg|ng|mm|cm|%)\b/i;

/** Digits in a piece of text. */
const digitCount = (s: string): number => s.replace(/\D/g, '').length;

/** Do the digits of a phone-number candidate have a plausible count? */
function phoneKind(s: string): IdentityKind | undefined {
  const n = digitCount(s);
  if (s.trimStart().startsWith('+')) return n >= 8 && n <= 15 ? 'phone' : undefined;
  const d = s.replace(/\D/g, '');
  if (d.startsWith('00')) return n >= 10 && n <= 17 ? 'phone' : undefined;
  if (d.startsWith('0')) return n === 10 || n === 11 ? 'phone' : undefined;
  return n === 9 && /^[6-9]/.test(d) ? 'phone' : undefined;
}

/** Is this a calendar date someone could have been born on (or the day of anything)? */
function plausibleDate(s: string): boolean {
  const nums = s.match(/\d+/g)?.map(Number) ?? [];
  if (nums.length < 3) return true; // a written month: its pattern already constrains it
  const [a = 0, b = 0, c = 0] = nums;
  const [day, month] = a > 31 ? [c, b] : [a, b];
  return (day >= 1 && day <= 31 && month >= 1 && month <= 12) || (b >= 1 && b <= 31 && a <= 12);
}

interface Rule {
  readonly re: RegExp;
  /** The finding's kind, or undefined to leave the text for the later rules. */
  readonly kind: (match: string, before: string, after: string) => IdentityKind | undefined;
  /** Only in a label, or only in a note. */
  readonly place?: TextPlace;
  /** Claim the text even when it is not reported (a clinical date in a note). */
  readonly claimAlways?: boolean;
}

const RULES: readonly Rule[] = [
  {
    re: rx(
      String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
      String.raw`(^|[^\p{L}\p{N}._%+-])`,
    ),
    kind: () => 'email',
  },
  {
    re: rx(String.raw`\d{3}[ -]?\d{3}[ -]?\d{4}`),
    kind: (m) => (isValidNhsNumber(m) ? 'nhs-number' : undefined),
  },
  {
    re: rx(String.raw`\d{2}\.?\d{3}\.?\d{3}[ -]?[a-z]`),
    kind: (m) => (isValidDni(m) ? 'dni' : undefined),
  },
  {
    re: rx(String.raw`[xyz][ -]?\d{7}[ -]?[a-z]`),
    kind: (m) => (isValidNie(m) ? 'nie' : undefined),
  },
  {
    re: rx(DATE_FORMS.join('|')),
    kind: (m, before) =>
      !plausibleDate(m) ? undefined : BIRTH_CUE.test(before) ? 'date-of-birth' : 'date',
    claimAlways: true,
  },
  {
    // A year alone after a birth cue: "born 1958", "nacido en 1958".
    re: rx(String.raw`(?:19|20)\d{2}`),
    kind: (_m, before) => (BIRTH_CUE.test(before) ? 'date-of-birth' : undefined),
  },
  {
    re: rx(String.raw`${PHONE_CUE}\+?[\d(][\d ().-]{4,}\d`, String.raw`(^|[^\p{L}])`),
    kind: (m) => (digitCount(m) >= 6 ? 'phone' : undefined),
  },
  {
    re: rx(
      String.raw`\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}|\(?0\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}|[6-9]\d(?:[ .-]?\d){7}`,
      String.raw`(^|[^\p{L}\p{N}+])`,
    ),
    kind: (m) => phoneKind(m),
  },
  {
    re: rx(`${RECORD_CUE}[a-z]{0,3}[-/]?\\d[\\d -]{2,}\\d`, String.raw`(^|[^\p{L}])`),
    kind: () => 'record-number',
  },
  {
    re: rx(String.raw`(?:[a-z]{1,4}-?)?\d{3,}(?:[ -]\d{3,})*(?:-?[a-z])?`),
    kind: (m, _b, after) =>
      digitCount(m) >= 6 && !UNIT_AFTER.test(after) ? 'record-number' : undefined,
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Names                                                                                      */

/**
 * Words that are not names even when capitalised: ward and place words, sides and body parts,
 * the app's own words, clinical terms and abbreviations, months and days, and the short words
 * that start a sentence. Compared in lower case without accents.
 */
const VOCABULARY = new Set(
  (
    'bed beds cama camas room rm habitacion hab box boxes bay bays ward wards sala salas planta floor unit unidad ' +
    'side lado pod cubicle cubiculo area zona module modulo block bloque wing ala level nivel puerta door ' +
    'case caso cases casos patient paciente pt pte copy copia new nuevo nueva old viejo test prueba draft ' +
    'left right izquierda izquierdo derecha derecho izq izqda izda dcha dcho der bilateral both ambas ambos ' +
    'leg legs pierna piernas lower upper inferior superior third tercio calf pantorrilla shin tibia ankle tobillo ' +
    'knee rodilla foot pie thigh muslo posterior lateral medial anterior distal proximal plaque plaques placa placas ' +
    'clinic clinica consulta consultas hospital hosp centro center centre health salud urgencias emergency er ed ' +
    'icu uci hdu day dia dias week semana month mes year ano follow up review revision seguimiento control ' +
    'outpatient outpatients inpatient inpatients ambulatorio ingreso ingresado admitted admission alta discharge ' +
    'general university universitario universitaria royal infirmary saint st san santa virgen nuestra senora ' +
    'scho ohsc cvi ivc dvt tvp ceap ckd erc pth alp fa ca mri rm ct tc tac us eco rx xr pet spect nhs sns ' +
    'x-ray xray ultrasound ecografia biopsy biopsia scan gammagrafia scintigraphy ' +
    'bone hueso calcium calcio phosphate fosfato fosforo creatinine creatinina normal abnormal done pending pendiente ' +
    'ulcer ulcera venous venosa insufficiency insuficiencia chronic cronica ossification osificacion calcification ' +
    'calcificacion lipodermatosclerosis hemiplegia stroke ictus immobility inmovilidad obesity obesidad prior ' +
    'previous previa previo history antecedentes onset inicio note nota notes notas labs lab analitica ' +
    'january february march april may june july august september october november december ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo ' +
    'the a an and or of in on at with without no not seen see also then after before since this that these ' +
    'el la los las un una y o de del en con sin por para se su sus es esta este ha tras desde antes despues ' +
    'he she his her him they it el ella ellos ver visto vista refiere presenta reports presents lives vive ' +
    'dob born birth nacido nacida nacimiento nac fnac tel telf tlf tfno phone mobile movil email mail ' +
    'nhc mrn chi record historia number numero dni nie nif cip sip nuhsa nss passport pasaporte id vitamin vitamina'
  ).split(' '),
);

/** Lower-case words that join the parts of a name: "María de la Cruz", "van der Berg". */
const CONNECTORS = new Set(
  'de del la las los y i e da das do dos di du van von der den ten ter le st'.split(' '),
);

/** Titles before a name: one capitalised word after them is enough. */
const TITLES = new Set('mr mrs ms miss mx dr prof sir sr sra srta don dona dna d dª'.split(' '));

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Capitalised ("Smith", "McDonald", "García-Arpa") or in capitals ("SMITH"), not vocabulary. */
function nameLike(word: string): boolean {
  if (VOCABULARY.has(fold(word)) || TITLES.has(fold(word))) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "J. Smith"
  return /^\p{Lu}(?=.*\p{Ll})/u.test(word) || /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(word);
}

const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;

function findNames(text: string): IdentityFinding[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    w: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const found: IdentityFinding[] = [];
  const push = (start: number, end: number) =>
    found.push({ kind: 'name', text: text.slice(start, end), start, end });
  /** Only spaces between two words, a comma ("SMITH, John"), or a stop after an initial or a title. */
  const joined = (i: number) => {
    const a = words[i]!;
    const gap = text.slice(a.end, words[i + 1]!.start);
    if (/^\s+$/.test(gap) || /^,\s*$/.test(gap)) return true;
    return /^\.\s*$/.test(gap) && (a.w.length === 1 || TITLES.has(fold(a.w)));
  };
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    // A title and a capitalised word: "Mr Smith", "Sra. García".
    if (TITLES.has(fold(w.w)) && /^\p{Lu}/u.test(w.w) && i + 1 < words.length && joined(i)) {
      let j = i + 1;
      if (nameLike(words[j]!.w)) {
        while (j + 1 < words.length && joined(j) && nameLike(words[j + 1]!.w)) j += 1;
        push(w.start, words[j]!.end);
        i = j + 1;
        continue;
      }
    }
    if (!nameLike(w.w)) {
      i += 1;
      continue;
    }
    // A run of name-like words, lower-case connectors allowed between two of them.
    let last = i;
    let count = 1;
    let j = i;
    while (j + 1 < words.length && joined(j)) {
      // Skip connectors ("de la"), but only when a name-like word follows them.
      let k = j + 1;
      while (k + 1 < words.length && CONNECTORS.has(fold(words[k]!.w)) && joined(k)) k += 1;
      if (!nameLike(words[k]!.w)) break;
      j = k;
      last = k;
      count += 1;
    }
    // A lone initial is not a name; an initial and a surname ("J. Smith") is.
    if (count >= 2 && !(count === 2 && words.slice(i, last + 1).every((x) => x.w.length === 1)))
      push(w.start, words[last]!.end);
    i = last + 1;
  }
  return found;
}

/* ------------------------------------------------------------------------------------------ */

/**
 * Everything in `text` that looks like it identifies a person, in reading order. Pure and
 * total: any string gives a list (empty when nothing looks identifying).
 */
export function findIdentifiers(text: string, place: TextPlace): IdentityFinding[] {
  if (!text) return [];
  // Claimed text is blanked out (same length, so offsets stay) for the rules that follow.
  let work = text;
  const found: IdentityFinding[] = [];
  const claim = (start: number, end: number) => {
    work = `${work.slice(0, start)}${'\u0000'.repeat(end - start)}${work.slice(end)}`;
  };
  for (const rule of RULES) {
    if (rule.place && rule.place !== place) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(work); m; m = rule.re.exec(work)) {
      const start = m.index + (m[1]?.length ?? 0);
      const end = start + (m[2]?.length ?? 0);
      if (end === start) {
        rule.re.lastIndex += 1;
        continue;
      }
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 12);
      const kind = rule.kind(text.slice(start, end), before, after);
      const reported = kind === 'date' ? place === 'label' : kind !== undefined;
      if (kind && reported) found.push({ kind, text: text.slice(start, end), start, end });
      if (kind || rule.claimAlways) claim(start, end);
    }
  }
  found.push(...findNames(work).map((f) => ({ ...f, text: text.slice(f.start, f.end) })));
  return found.sort((a, b) => a.start - b.start);
}
