import { casesFileText, type CaseMeta } from '../../domain/export/all-cases-file';
import { translate } from '../../i18n/translate';
import type { Lang } from '../../domain/text';
import { useCases } from '../../store/cases';
import { nowIso, today } from '../../store/clock';
import { downloadText } from '../../ui/download';

/**
 * Download every case, in list order, as one all-cases file (from memory: it works when saving
 * to storage does not), with the step each was left on and its edit stamps, so that Import gives
 * back exactly what was saved. Returns the file name and the number of cases, or undefined when
 * there is no case.
 */
export function downloadAllCases(lang: Lang): { file: string; count: number } | undefined {
  const { cases, order, currentStep, stamps } = useCases.getState();
  const list = order.map((id) => cases[id]).filter((c) => c !== undefined);
  if (!list.length) return undefined;
  const meta: Record<string, CaseMeta> = {};
  for (const c of list) {
    const step = currentStep[c.id];
    meta[c.id] = { ...(step ? { step } : {}), stamps: stamps[c.id] ?? {} };
  }
  const file = `scho-workup-all-cases-${today()}.json`;
  downloadText(file, casesFileText(list, nowIso(), translate(lang, 'common.disclaimer'), meta));
  return { file, count: list.length };
}
