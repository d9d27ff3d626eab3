import { useId, useState } from 'react';
import { describeFieldError } from '../../i18n/field-error';
import { useT } from '../../i18n/use-t';
import { useYesNo, type Commit, type Option } from '../../ui/fields';

/**
 * One answer out of a few, as a group of radio buttons: one tap on a phone (a native list takes
 * two: open, pick), every option readable in full (a list cuts "Reticulated subcutaneous
 * opaciti…"), and the choice visible without opening anything. The first option is "Not
 * recorded", so a recorded answer can be taken back. A value the case schema refuses is not
 * saved and the reason is shown beside the group, as with the other fields.
 */
export function ChoiceField<V extends string>({
  legend,
  value,
  options,
  commit,
  notRecorded,
  inline = false,
  className = '',
  hint,
}: {
  legend: string;
  /** A line under the legend (what the answer is for). */
  hint?: string | undefined;
  value: V | undefined;
  options: readonly Option<V>[];
  commit: Commit<V | undefined>;
  /** The label of the empty answer ("Not recorded"). */
  notRecorded: string;
  /** Short options on one line (Yes / No, Normal / Low / High); long ones one per line. */
  inline?: boolean;
  className?: string;
}) {
  const { t } = useT();
  const name = useId();
  const errorId = useId();
  const hintId = useId();
  const [error, setError] = useState<string | undefined>();
  const choose = (v: V | undefined) => {
    const first = commit(v)[0];
    setError(first ? `${describeFieldError(first, t)} ${t('wizard.errors.notSaved')}` : undefined);
  };
  const all: readonly { value: V | undefined; label: string }[] = [
    { value: undefined, label: notRecorded },
    ...options,
  ];
  return (
    <fieldset
      className={`field choice-field${inline ? ' choice-inline' : ''}${error ? ' field-invalid' : ''} ${className}`}
      aria-describedby={[hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="choice-options">
        {all.map((o) => {
          const checked = value === o.value;
          return (
            <label
              key={o.value ?? ''}
              className={`choice-option${checked ? ' is-selected' : ''}${o.value === undefined ? ' choice-none' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={o.value ?? ''}
                checked={checked}
                onChange={() => choose(o.value)}
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Yes / No / Not recorded, on one line. */
export function YesNoChoice(props: {
  legend: string;
  value: boolean | undefined;
  commit: Commit<boolean | undefined>;
  hint?: string | undefined;
}) {
  const yn = useYesNo(props.value, props.commit);
  return (
    <ChoiceField
      legend={props.legend}
      hint={props.hint}
      value={yn.value}
      inline
      notRecorded={yn.notRecorded}
      options={yn.options}
      commit={yn.commit}
    />
  );
}
