import { LAB_NAMES } from '../modalities/labs/words';
import { STUDY_IDS } from '../case/schema';
import { describeStudy, hasResult, STUDY_NAMES } from '../modalities';
import { isEarly, isOpen, type RuleContext } from './context';
import { reason } from '../reason';
import { discordanceStep } from './discordance';
import type { OpenItem, Reason, StepId } from './types';
import { said } from '../words';

const SEED = 'garcia-arpa-2020';

const item = (r: Reason, resolvedBy?: StepId): OpenItem => (resolvedBy ? { ...r, resolvedBy } : r);

/**
 * What is still open: results awaited, studies deferred, missing history that matters, results the
 * app cannot weigh, and each unresolved disagreement. An item carries the step that resolves it
 * when the app can suggest one (a new study or a repeat); the next step is never "complete" while
 * such an item remains (next-step.ts).
 */
export function openItems(ctx: RuleContext): OpenItem[] {
  const items: OpenItem[] = [];
  if (!ctx.c.patient.onsetDate) {
    items.push(reason(said('engine.open.onset-missing'), []));
  }
  items.push(...studyStatusItems(ctx), ...unreadableItems(ctx));
  // A non-diagnostic biopsy and a missing calcium or phosphate leave the question open.
  if (ctx.findings.biopsy === 'non-diagnostic') {
    items.push(item(reason(said('engine.open.biopsy-non-diagnostic'), [SEED]), 'biopsy'));
  }
  for (const a of ctx.labs.missing) {
    const name = LAB_NAMES[a];
    items.push(item(reason(said('engine.open.lab-missing', { analyte: name }), []), 'labs'));
  }
  items.push(...ctx.labs.inputProblems);
  for (const d of ctx.interpretation.discordances) {
    if (d.status === 'unresolved') items.push(item(d.resolve, discordanceStep(ctx, d)));
  }
  if (ctx.interpretation.conclusion === 'probable-scho' && ctx.c.studies.biopsy.status !== 'done') {
    items.push(
      item(
        reason(said('engine.open.not-by-biopsy'), [SEED]),
        isOpen(ctx, 'biopsy') ? 'biopsy' : undefined,
      ),
    );
  }
  return items;
}

/** Each study planned, deferred, or marked done without its main result. */
function studyStatusItems(ctx: RuleContext): OpenItem[] {
  const items: OpenItem[] = [];
  for (const id of STUDY_IDS) {
    const s = ctx.c.studies[id];
    const study = STUDY_NAMES[id];
    if (s.status === 'planned') {
      items.push(reason(said('engine.open.planned', { study }), []));
    } else if (s.status === 'deferred') {
      items.push(reason(said('engine.open.deferred', { study }), []));
    } else if (s.status === 'done' && !hasResult(id, s)) {
      // Only a secondary finding (periostitis, depth…) entered: described, but the main result
      // is still open.
      items.push(
        describeStudy(id, s, 'en').length > 0
          ? reason(said('engine.open.done-no-main-result', { study }), [])
          : reason(said('engine.open.done-no-result', { study }), []),
      );
    }
  }
  return items;
}

/** A result the app cannot weigh is an open item saying what resolves it. */
function unreadableItems(ctx: RuleContext): OpenItem[] {
  const items: OpenItem[] = [];
  for (const u of ctx.findings.unreadable) {
    // An indeterminate ultrasound: a film from day 14 if none was taken, else a repeat scan;
    // once a film has a result, that result speaks for itself. An "other finding" is resolved by
    // reading the report, not by another study.
    const xrayDone = ctx.c.studies.xray.status === 'done';
    const resolvedBy: StepId | undefined =
      u.modality !== 'ultrasound' || xrayDone
        ? undefined
        : isOpen(ctx, 'xray') && !isEarly(ctx)
          ? 'xray'
          : 'ultrasound';
    items.push(item(u.reason, resolvedBy));
  }
  return items;
}
