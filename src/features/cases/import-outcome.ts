import { describeFieldError } from '../../domain/case/errors';
import { visibleLabel } from '../../domain/case/label';
import type { Lang } from '../../domain/text';
import type { TFunction } from '../../i18n/translate';
import type { ImportOutcome } from './import-case';

/** One line saying what happened to one imported case. */
export function describeOutcome(o: ImportOutcome, t: TFunction, lang: Lang): string {
  if (o.kind === 'invalid') {
    const errors = o.errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${describeFieldError(e, lang)}`)
      .join('; ');
    return t('storage.import.invalid', { n: o.index, errors });
  }
  const line = t(`storage.import.${o.kind}`, { label: visibleLabel(o.label) });
  return o.tidied ? `${line} ${t('privacy.label.importTidied')}` : line;
}
