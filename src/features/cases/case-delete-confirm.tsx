import { useEffect, useId, useRef } from 'react';
import { visibleLabel } from '../../domain/case/label';
import type { Case } from '../../domain/case/schema';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';

/** A case card in confirm mode: Delete asks first (the page then offers Undo). */
export function CaseDeleteConfirm({
  c,
  onCancel,
  onDeleted,
}: {
  c: Case;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const { t } = useT();
  const deleteCase = useCases((s) => s.deleteCase);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => ref.current?.focus(), []);

  return (
    <div className="confirm" ref={ref} tabIndex={-1} role="group" aria-labelledby={`${id}-confirm`}>
      <p id={`${id}-confirm`}>
        {t('savedCases.actions.confirmDelete', { label: visibleLabel(c.label) })}
      </p>
      <div className="actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            deleteCase(c.id);
            onDeleted();
          }}
        >
          {t('savedCases.actions.confirmYes')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('savedCases.actions.cancel')}
        </button>
      </div>
    </div>
  );
}
