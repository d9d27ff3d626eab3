import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { LABEL_MAX_LENGTH, normaliseLabel } from '../../domain/case/label';
import { useT } from '../../i18n/use-t';
import { withStrings } from '../../i18n/with-strings';
import { useCases } from '../../store/cases';

/**
 * The identity guard (what in a label looks like a name or a number, hidden characters,
 * look-alike letters) loads once something is typed: none of it is on the first page, which an
 * empty case list must draw from as few bytes as it can. Its strings (the `privacy` namespace,
 * not on the first page) load with it: the rest of the reader's language (`withStrings`).
 */
const LabelWarning = lazy(() =>
  withStrings(() => import('../../ui/privacy-warning')).then((m) => ({
    default: m.LabelWarning,
  })),
);

/**
 * "New case" with a pseudonymous label; opens the first step. A label that looks identifying is
 * warned about under the field as it is typed, never refused; it is saved as one visible line.
 */
export function NewCaseForm() {
  const { t } = useT();
  const createCase = useCases((s) => s.createCase);
  const navigate = useNavigate();
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = normaliseLabel(label);
    if (!clean) return setError(t('cases.new.errorEmpty'));
    if (clean.length > LABEL_MAX_LENGTH)
      return setError(t('cases.new.errorTooLong', { max: LABEL_MAX_LENGTH }));
    const caseId = createCase(clean);
    navigate(`/cases/${encodeURIComponent(caseId)}/patient`);
  };

  return (
    <section className="card new-case" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('cases.new.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={id}>{t('cases.new.label')}</label>
          <p className="field-hint" id={`${id}-hint`}>
            {t('cases.new.hint')}
          </p>
          <div className="inline-form">
            <input
              id={id}
              type="text"
              autoComplete="off"
              value={label}
              maxLength={LABEL_MAX_LENGTH + 20}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''} ${id}-advice`}
              onChange={(e) => {
                setLabel(e.target.value);
                if (error) setError(undefined);
              }}
            />
            <button type="submit" className="primary">
              {t('cases.new.submit')}
            </button>
          </div>
          {error ? (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <div id={`${id}-advice`} aria-live="polite">
            {label.trim() ? (
              <Suspense fallback={null}>
                <LabelWarning label={label} />
              </Suspense>
            ) : null}
          </div>
        </div>
      </form>
    </section>
  );
}
