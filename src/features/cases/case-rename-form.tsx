import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { LABEL_MAX_LENGTH, type Case } from '../../domain/case/schema';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';

/**
 * A case card in rename mode: the label to edit, starting from the current one. `onDone` is
 * called with the new label once it is saved, or without one on Cancel.
 */
export function CaseRenameForm({ c, onDone }: { c: Case; onDone: (label?: string) => void }) {
  const { t } = useT();
  const renameCase = useCases((s) => s.renameCase);
  const [draft, setDraft] = useState(c.label);
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const label = draft.trim();
    if (!label) return setError(t('cases.new.errorEmpty'));
    const errors = renameCase(c.id, label);
    if (errors.length) return setError(t('cases.new.errorTooLong', { max: LABEL_MAX_LENGTH }));
    onDone(label);
  };

  return (
    <form className="rename" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-rename`}>
          {t('savedCases.actions.renameLabel', { label: c.label })}
        </label>
        <input
          id={`${id}-rename`}
          ref={inputRef}
          type="text"
          autoComplete="off"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-rename-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        {error ? (
          <p className="field-error" id={`${id}-rename-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('savedCases.actions.save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('savedCases.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
