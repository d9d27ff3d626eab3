import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { LABEL_MAX_LENGTH } from '../../domain/case/schema';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';

/** "New case" with a pseudonymous label; opens the first step. */
export function NewCaseForm() {
  const { t } = useT();
  const createCase = useCases((s) => s.createCase);
  const navigate = useNavigate();
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = label.trim();
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
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
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
        </div>
      </form>
    </section>
  );
}
