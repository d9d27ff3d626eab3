import { visibleLabel } from '../../domain/case/label';
import { describeFieldError } from '../../i18n/field-error';
import type { TFunction } from '../../i18n/translate';
import type { ImportOutcome } from './import-case';

/** One line saying what happened to one imported case. */
export function describeOutcome(o: ImportOutcome, t: TFunction): string {
  if (o.kind === 'invalid') {
    const errors = o.errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${describeFieldError(e, t)}`)
      .join('; ');
    return t('storage.import.invalid', { n: o.index, errors });
  }
  const line = t(`storage.import.${o.kind}`, { label: visibleLabel(o.label) });
  return o.tidied ? `${line} ${t('privacy.label.importTidied')}` : line;
}
