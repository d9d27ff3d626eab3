import { useId, useState, type ReactNode } from 'react';
import type { FieldError } from '../domain/case/errors';
import { describeFieldError } from '../i18n/field-error';
import { useT } from '../i18n/use-t';

/**
 * Form fields that never drop what the user typed.
 *
 * Each field keeps the raw text in component state. Every change is offered to the store at once;
 * the store validates the whole patched case with the case schema (`parseCase`) and saves it only
 * if it is valid. So:
 * - a valid value is saved on the keystroke that made it valid, and survives a reload or a crash;
 * - an invalid value (text in a number field, a date in the future, 66.5 years) stays on screen
 *   with the message next to it, and the last valid value stays saved. Invalid drafts are not
 *   persisted on purpose: the saved case must always pass the schema, so that every export, the
 *   engine and the next load can trust it.
 */

/** Commit a value; returns the errors that stopped it being saved (empty when saved). */
export type Commit<V> = (value: V) => readonly FieldError[];

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}

/** Label, control, hint and error, with the ids the control must point to. */
function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function useCommitter<V>(commit: Commit<V>) {
  const { t } = useT();
  const [error, setError] = useState<string | undefined>();
  const run = (value: V) => {
    const errors = commit(value);
    const first = errors[0];
    setError(first ? `${describeFieldError(first, t)} ${t('wizard.errors.notSaved')}` : undefined);
  };
  return { error, setError, run, t };
}

/**
 * The text on screen, following the saved value when it changes from elsewhere (another tab, or
 * "keep mine"): the new value is shown unless it is what the typed text already means.
 */
function useRaw<V>(
  value: V | undefined,
  toText: (v: V | undefined) => string,
  means: (raw: string) => V | undefined,
) {
  const [raw, setRaw] = useState(toText(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (means(raw) !== value) setRaw(toText(value));
  }
  return [raw, setRaw] as const;
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** "9,4" and "9.4" are both 9.4; "" is no value; anything else is not a number. */
function parseNumber(raw: string): { ok: true; value: number | undefined } | { ok: false } {
  const s = raw.trim();
  if (s === '') return { ok: true, value: undefined };
  if (!NUMBER.test(s)) return { ok: false };
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
}

export function NumberField(props: {
  label: string;
  value: number | undefined;
  commit: Commit<number | undefined>;
  hint?: string | undefined;
  className?: string;
}) {
  const id = useId();
  const [raw, setRaw] = useRaw(
    props.value,
    (v) => (v === undefined ? '' : String(v)),
    (r) => {
      const parsed = parseNumber(r);
      return parsed.ok ? parsed.value : undefined;
    },
  );
  const { error, setError, run, t } = useCommitter(props.commit);
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={error}
      className={props.className}
    >
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={raw}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        onChange={(e) => {
          setRaw(e.target.value);
          const parsed = parseNumber(e.target.value);
          if (parsed.ok) run(parsed.value);
          else
            setError(
              `${describeFieldError({ path: '', message: 'must be a number', code: 'not-a-number' }, t)} ${t('wizard.errors.notSaved')}`,
            );
        }}
      />
    </FieldShell>
  );
}

export function DateField(props: {
  label: string;
  value: string | undefined;
  commit: Commit<string | undefined>;
  hint?: string | undefined;
}) {
  const id = useId();
  const [raw, setRaw] = useRaw(
    props.value,
    (v) => v ?? '',
    (r) => (r === '' ? undefined : r),
  );
  const { error, run } = useCommitter(props.commit);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        type="date"
        value={raw}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        onChange={(e) => {
          setRaw(e.target.value);
          run(e.target.value === '' ? undefined : e.target.value);
        }}
      />
    </FieldShell>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** A select whose empty choice means "not recorded". */
export function SelectField<V extends string>(props: {
  label: string;
  value: V | undefined;
  options: readonly Option<V>[];
  commit: Commit<V | undefined>;
  emptyLabel: string;
  hint?: string | undefined;
  className?: string;
}) {
  const id = useId();
  const { error, run } = useCommitter(props.commit);
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={error}
      className={props.className}
    >
      <select
        id={id}
        value={props.value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        onChange={(e) => {
          const v = e.target.value;
          run(v === '' ? undefined : (v as V));
        }}
      >
        <option value="">{props.emptyLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * An optional boolean as a choice of 'yes' / 'no' (undefined: not recorded), with its words: what
 * the list (YesNoField) and the row of choices (the wizard's YesNoChoice) both draw.
 */
export function useYesNo(value: boolean | undefined, commit: Commit<boolean | undefined>) {
  const { t } = useT();
  return {
    value: value === undefined ? undefined : value ? ('yes' as const) : ('no' as const),
    notRecorded: t('wizard.findings.notRecorded'),
    options: [
      { value: 'yes' as const, label: t('wizard.findings.yes') },
      { value: 'no' as const, label: t('wizard.findings.no') },
    ],
    commit: (v: 'yes' | 'no' | undefined) => commit(v === undefined ? undefined : v === 'yes'),
  };
}

/** Yes / No / Not recorded, for the schema's optional booleans. */
export function YesNoField(props: {
  label: string;
  value: boolean | undefined;
  commit: Commit<boolean | undefined>;
  hint?: string | undefined;
}) {
  const yn = useYesNo(props.value, props.commit);
  return (
    <SelectField
      label={props.label}
      hint={props.hint}
      value={yn.value}
      emptyLabel={yn.notRecorded}
      options={yn.options}
      commit={yn.commit}
    />
  );
}

export function TextAreaField(props: {
  label: string;
  value: string | undefined;
  commit: Commit<string | undefined>;
  hint?: string | undefined;
  /** Advice on what is typed (the identity guard), shown under the field as it changes. */
  advice?: (typed: string) => ReactNode;
}) {
  const id = useId();
  const [raw, setRaw] = useRaw(
    props.value,
    (v) => v ?? '',
    (r) => (r === '' ? undefined : r),
  );
  const { error, run } = useCommitter(props.commit);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error} className="field-wide">
      <textarea
        id={id}
        rows={3}
        value={raw}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [describedBy(id, props.hint, error), props.advice ? `${id}-advice` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(e) => {
          setRaw(e.target.value);
          run(e.target.value === '' ? undefined : e.target.value);
        }}
      />
      {props.advice ? (
        <div id={`${id}-advice`} aria-live="polite">
          {props.advice(raw)}
        </div>
      ) : null}
    </FieldShell>
  );
}

/** A set of checkboxes for a multi-valued field (skin signs). */
export function CheckboxGroup<V extends string>(props: {
  legend: string;
  value: readonly V[] | undefined;
  options: readonly Option<V>[];
  commit: Commit<V[] | undefined>;
}) {
  const { error, run } = useCommitter(props.commit);
  const errorId = useId();
  const selected = props.value ?? [];
  return (
    <fieldset
      className={`field field-wide checkbox-group${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) => {
              const next = e.target.checked
                ? props.options
                    .map((x) => x.value)
                    .filter((v) => v === o.value || selected.includes(v))
                : selected.filter((v) => v !== o.value);
              run(next.length ? next : undefined);
            }}
          />
          {o.label}
        </label>
      ))}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
