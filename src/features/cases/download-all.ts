import { casesFileText } from '../../domain/export/all-cases-file';
import { translate } from '../../i18n/translate';
import type { Lang } from '../../domain/text';
import { useCases } from '../../store/cases';
import { nowIso, today } from '../../store/clock';
import { downloadText } from '../../ui/download';

/**
 * Download every case, in list order, as one all-cases file (from memory: it works when saving
 * to storage does not). Returns the file name and the number of cases, or undefined when there
 * is no case.
 */
export function downloadAllCases(lang: Lang): { file: string; count: number } | undefined {
  const { cases, order } = useCases.getState();
  const list = order.map((id) => cases[id]).filter((c) => c !== undefined);
  if (!list.length) return undefined;
  const file = `scho-workup-all-cases-${today()}.json`;
  downloadText(file, casesFileText(list, nowIso(), translate(lang, 'common.disclaimer')));
  return { file, count: list.length };
}
