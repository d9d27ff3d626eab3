import { Link } from 'react-router';
import { visibleLabel } from '../../domain/case/label';
import type { Case } from '../../domain/case/schema';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';

/** A case card in view mode: open, rename, duplicate, delete. */
export function CaseActions({
  c,
  onRename,
  onDelete,
  onNotice,
}: {
  c: Case;
  onRename: () => void;
  onDelete: () => void;
  onNotice: (message: string) => void;
}) {
  const { t } = useT();
  const duplicateCase = useCases((s) => s.duplicateCase);

  const duplicate = () => {
    const copyId = duplicateCase(c.id, t('savedCases.actions.copyLabel', { label: c.label }));
    const copy = copyId ? useCases.getState().cases[copyId] : undefined;
    if (copy) onNotice(t('cases.status.duplicated', { label: visibleLabel(copy.label) }));
  };

  return (
    <div
      className="actions"
      role="group"
      aria-label={t('savedCases.actions.group', { label: visibleLabel(c.label) })}
    >
      <Link
        className="button primary"
        to={`/cases/${encodeURIComponent(c.id)}`}
        aria-label={t('savedCases.actions.openNamed', { label: visibleLabel(c.label) })}
      >
        {t('savedCases.actions.open')}
      </Link>
      <button type="button" onClick={onRename}>
        {t('savedCases.actions.rename')}
      </button>
      <button type="button" onClick={duplicate}>
        {t('savedCases.actions.duplicate')}
      </button>
      <button type="button" className="danger" onClick={onDelete}>
        {t('savedCases.actions.delete')}
      </button>
    </div>
  );
}
