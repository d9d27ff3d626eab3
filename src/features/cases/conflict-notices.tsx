import { visibleLabel } from '../../domain/case/label';
import type { Lang } from '../../domain/text';
import { translate, type TFunction, type TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useCases, type FieldConflict } from '../../store/cases';

/** A field path as the forms name it: "Age (years)", "X-ray: pattern". */
function fieldName(path: string, t: TFunction, lang: Lang): string {
  const [head, a = '', b = ''] = path.split('.');
  const known = (key: string, fallback: string) => {
    const text = translate(lang, key as TKey);
    return text === key ? fallback : text;
  };
  if (head === 'label') return t('storage.conflict.labelField');
  if (head === 'patient') return known(`wizard.patient.${a}`, a);
  const step = a === 'ct' || a === 'mri' ? a.toUpperCase() : known(`wizard.steps.${a}`, a);
  return `${step}: ${known(`wizard.findings.${b}`, b)}`;
}

function valueText(v: unknown, t: TFunction): string {
  if (v === undefined || v === null || v === '') return t('storage.conflict.empty');
  if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object') {
    return Object.values(v as Record<string, unknown>)
      .filter((x) => x !== undefined)
      .join(' ');
  }
  return String(v as string | number);
}

/**
 * "Changed in another tab": each value typed here that a later edit in another tab replaced,
 * with a button that puts this tab's value back. Loaded only when there is such a change.
 */
export function ConflictNotices() {
  const { t, lang } = useT();
  const conflicts = useCases((s) => s.tabConflicts);
  const keepMine = useCases((s) => s.keepMine);
  const dismiss = useCases((s) => s.dismissConflicts);
  if (!conflicts.length) return null;
  const line = (c: FieldConflict) =>
    t('storage.conflict.item', {
      label: visibleLabel(c.label),
      field: fieldName(c.path, t, lang),
      theirs: valueText(c.theirs, t),
      mine: valueText(c.mine, t),
    });
  return (
    <section className="alert tab-conflicts" role="alert" aria-labelledby="tab-conflicts-title">
      <h2 id="tab-conflicts-title">{t('storage.conflict.title')}</h2>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.caseId}/${c.path}`}>
            {line(c)}{' '}
            <button type="button" onClick={() => keepMine(c)}>
              {t('storage.conflict.keepMine', { mine: valueText(c.mine, t) })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('storage.conflict.dismiss')}
      </button>
    </section>
  );
}
