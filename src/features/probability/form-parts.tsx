import type { ReactNode } from 'react';

/**
 * A radio button and its label, in the block the explorer's choices share (`prob-anchor` for a
 * pre-test range, `prob-sign` for a result or a table); what follows the label (a detail the
 * radio points to) comes as children.
 */
export function RadioOption({
  className,
  id,
  name,
  checked,
  onChoose,
  describedBy,
  label,
  children,
}: {
  className: string;
  id: string;
  name: string;
  checked: boolean;
  onChoose: () => void;
  describedBy?: string;
  label: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      <input
        type="radio"
        id={id}
        name={name}
        checked={checked}
        onChange={onChoose}
        aria-describedby={describedBy}
      />
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * A percentage typed as text ("30", "30,5"): kept as typed, whatever it is, and marked invalid,
 * pointing to the message that says why, when the pair it belongs to is not usable.
 */
export function DecimalField({
  id,
  label,
  value,
  onChange,
  errorId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The id of the message saying what is wrong; absent when nothing is. */
  errorId: string | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      />
    </div>
  );
}

/** What is wrong with the fields that point to it, announced as it appears. */
export function FieldAlert({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field-error" id={id} role="alert">
      {children}
    </p>
  );
}
