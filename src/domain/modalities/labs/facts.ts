import type { Labs, LabValue } from '../core';
import type { Formatters } from '../../formatters';
import { fill } from '../../fill';
import { LAB_FLAG, LAB_NAMES, LAB_PHRASES as PHRASES } from './words';
import type { Lang } from '../../text';
import { LAB_ANALYTES, type LabAnalyte } from './schema';

export interface LabFact {
  readonly analyte: LabAnalyte;
  readonly name: string;
  readonly value?: number;
  readonly unit?: string;
  readonly flag?: NonNullable<LabValue['flag']>;
  /** "calcium 9.4 mg/dL (normal)". */
  readonly text: string;
}

/** Each analyte with a value or a flag, in words. */
export function labFacts(labs: Labs, lang: Lang, fmt: Formatters): LabFact[] {
  const out: LabFact[] = [];
  for (const analyte of LAB_ANALYTES) {
    const v = labs[analyte];
    if (!v || (v.value === undefined && v.flag === undefined)) continue;
    const name = LAB_NAMES[analyte][lang];
    const flag = v.flag ? LAB_FLAG[v.flag][lang] : undefined;
    const value = v.value !== undefined ? fmt.number(v.value) : undefined;
    const unit = v.unit ?? '';
    let phrase: string;
    if (value !== undefined && flag)
      phrase = fill(PHRASES.labValueFlag[lang], { name, value, unit, flag });
    else if (value !== undefined)
      phrase = unit
        ? fill(PHRASES.labValue[lang], { name, value, unit })
        : fill(PHRASES.labValueOnly[lang], { name, value });
    else phrase = fill(PHRASES.labFlagOnly[lang], { name, flag: flag ?? '' });
    out.push({
      analyte,
      name,
      ...(v.value !== undefined ? { value: v.value } : {}),
      ...(v.unit ? { unit: v.unit } : {}),
      ...(v.flag ? { flag: v.flag } : {}),
      text: phrase
        .replace(/\s+\(/g, ' (')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    });
  }
  return out;
}
