import type { FieldError } from '../domain/case/errors';
import type { TFunction } from './translate';

/**
 * A field error as a sentence in the reader's language (the `errors` strings), for display next
 * to the field, in an import's report, or beside a value the record offered. The domain gives
 * the code and the bound; the words are the interface's.
 */
export function describeFieldError(e: FieldError, t: TFunction): string {
  const code = e.code ?? 'other';
  if (code === 'too-small' && e.limit === 0) return t('errors.negative');
  return t(`errors.${code}`, {
    message: e.message,
    ...(e.limit === undefined ? {} : { limit: e.limit }),
  });
}
