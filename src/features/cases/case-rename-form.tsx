import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { visibleLabel } from '../../domain/case/label';
import { LABEL_MAX_LENGTH, type Case } from '../../domain/case/schema';
import { describeFieldError } from '../../i18n/field-error';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { LabelWarning } from '../../ui/privacy-warning';

/**
 * A case card in rename mode: the label to edit, starting from the current one. `onDone` is
 * called with the new label once it is saved (one visible line, as the store keeps it), or
 * without one on Cancel. What the label holds (a name, hidden characters, look-alike letters) is
 * said under the field as it is typed; nothing typed is changed until it is saved.
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
    if (!draft.trim()) return setError(t('cases.new.errorEmpty'));
    const errors = renameCase(c.id, draft);
    const first = errors[0];
    if (first) {
      return setError(
        first.code === 'too-long'
          ? t('cases.new.errorTooLong', { max: LABEL_MAX_LENGTH })
          : describeFieldError(first, t),
      );
    }
    onDone(useCases.getState().cases[c.id]?.label ?? draft);
  };

  return (
    <form className="rename" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-rename`}>
          {t('savedCases.actions.renameLabel', { label: visibleLabel(c.label) })}
        </label>
        <input
          id={`${id}-rename`}
          ref={inputRef}
          type="text"
          autoComplete="off"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${error ? `${id}-rename-error ` : ''}${id}-rename-advice`}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(undefined);
          }}
        />
        {error ? (
          <p className="field-error" id={`${id}-rename-error`}>
            {error}
          </p>
        ) : null}
        <div id={`${id}-rename-advice`} aria-live="polite">
          <LabelWarning label={draft} />
        </div>
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
