import { STUDY_IDS } from '../case/schema';
import { describeStudy, hasResult, STUDY_NAMES } from '../modalities';
import type { RuleContext } from './context';
import { reason } from './reason';
import type { Reason } from './types';

/** What is still open: results awaited, studies deferred, and missing history that matters. */
export function openItems(ctx: RuleContext): Reason[] {
  const items: Reason[] = [];
  if (!ctx.c.patient.onsetDate) {
    items.push(
      reason(
        {
          en: 'Symptom onset date not recorded.',
          es: 'Fecha de inicio de los síntomas no registrada.',
        },
        [],
      ),
    );
  }
  for (const id of STUDY_IDS) {
    const s = ctx.c.studies[id];
    const { en, es } = STUDY_NAMES[id];
    if (s.status === 'planned') {
      items.push(
        reason(
          {
            en: `${en}: planned, result awaited.`,
            es: `${es}: solicitada, pendiente de resultado.`,
          },
          [],
        ),
      );
    } else if (s.status === 'deferred') {
      items.push(reason({ en: `${en}: deferred.`, es: `${es}: aplazada.` }, []));
    } else if (s.status === 'done' && !hasResult(id, s)) {
      // Only a secondary finding (periostitis, depth…) entered: described, but the main result
      // is still open.
      items.push(
        describeStudy(id, s, 'en').length > 0
          ? reason(
              {
                en: `${en}: marked done but its main result not entered (only other findings).`,
                es: `${es}: marcada como hecha pero sin su resultado principal (solo otros hallazgos).`,
              },
              [],
            )
          : reason(
              {
                en: `${en}: marked done but no result entered.`,
                es: `${es}: marcada como hecha pero sin resultado.`,
              },
              [],
            ),
      );
    }
  }
  // Review fault 10: a non-diagnostic biopsy and a missing calcium or phosphate are open items.
  if (ctx.findings.biopsy === 'non-diagnostic') {
    items.push(
      reason(
        {
          en: 'Biopsy non-diagnostic: the tissue question is still open.',
          es: 'Biopsia no diagnóstica: la pregunta sobre el tejido sigue abierta.',
        },
        ['garcia-arpa-2020'],
      ),
    );
  }
  for (const a of ctx.labs.missing) {
    items.push(
      a === 'calcium'
        ? reason({ en: 'Labs: calcium not recorded.', es: 'Analítica: calcio no registrado.' }, [])
        : reason(
            { en: 'Labs: phosphate not recorded.', es: 'Analítica: fósforo no registrado.' },
            [],
          ),
    );
  }
  items.push(...ctx.labs.inputProblems);
  for (const d of ctx.interpretation.discordances) {
    if (d.status === 'unresolved') items.push(d.resolve);
  }
  if (ctx.interpretation.conclusion === 'probable-scho' && ctx.c.studies.biopsy.status !== 'done') {
    items.push(
      reason(
        {
          en: 'Not confirmed by biopsy, the test of choice.',
          es: 'Sin confirmación por biopsia, la prueba de elección.',
        },
        ['garcia-arpa-2020'],
      ),
    );
  }
  return items;
}
