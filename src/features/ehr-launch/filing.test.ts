import { describe, expect, it } from 'vitest';
import { translate, type TFunction } from '../../i18n/translate';
import { afterSending, canRetry, cannotSend, filingMessage, type FilingStatus } from './filing';
import { TEST_SESSION } from './test-session';

const t: TFunction = (key, params) => translate('en', key, params);
const NOW = Date.parse('2026-03-10T09:00:00Z');
const SESSION = TEST_SESSION;

/** Where one answer of the record leaves the clinician: the sentence, and whether to try again. */
const outcome = (s: FilingStatus) => ({ message: filingMessage(t, s), retry: canRetry(s) });

describe('filing the report in the record', () => {
  it('sends nothing with a token that lacks a write scope, and names what it may not create', () => {
    const s = cannotSend({ ...SESSION, scope: 'launch patient/*.read' }, NOW);
    expect(s).toEqual({
      kind: 'no-write',
      types: 'DiagnosticReport, Observation, Condition, ServiceRequest',
    });
    expect(outcome(s!)).toEqual({
      message: expect.stringContaining(
        'no permission to create DiagnosticReport, Observation, Condition, ServiceRequest',
      ),
      retry: false,
    });
  });

  it('sends nothing once the sign-in has expired, and offers no retry that would fail again', () => {
    const s = cannotSend({ ...SESSION, expiresAt: NOW }, NOW);
    expect(s).toEqual({ kind: 'expired' });
    expect(outcome(s!).retry).toBe(false);
    expect(cannotSend({ ...SESSION, expiresAt: NOW + 60_000 }, NOW)).toBeUndefined();
  });

  it('reads a 401 as an expired sign-in, and any other refusal as a refusal worth trying again', () => {
    expect(afterSending({ kind: 'refused', status: 401, diagnostics: '' })).toEqual({
      kind: 'expired',
    });
    const refused = afterSending({ kind: 'refused', status: 422, diagnostics: 'Bad code' });
    expect(outcome(refused)).toEqual({
      message:
        'The record refused the report (HTTP 422: Bad code). Nothing was filed. Download it, or try again.',
      retry: true,
    });
  });

  it('after a dropped connection or an unreadable answer, says it may have arrived and offers to try again', () => {
    const dropped = outcome(afterSending({ kind: 'network', message: 'Failed to fetch' }));
    expect(dropped.message).toMatch(/may or may not have arrived/);
    expect(dropped.retry).toBe(true);
    const unreadable = outcome(afterSending({ kind: 'unreadable', status: 200 }));
    expect(unreadable.message).toMatch(/HTTP 200.*may or may not have arrived/);
    expect(unreadable.retry).toBe(true);
  });

  it('tells a first filing, a repeated one and a partly repeated one apart', () => {
    const filed = (created: number, existing: number) =>
      outcome(afterSending({ kind: 'filed', outcome: { created, existing } }));
    expect(filed(5, 0)).toEqual({ message: 'Filed in the record: 5 new entries.', retry: false });
    expect(filed(0, 5).message).toMatch(/^Already in the record/);
    expect(filed(2, 3).message).toBe('Filed in the record: 2 new, 3 already there from before.');
  });

  it('says nothing before the clinician confirms, nor while the report is on its way', () => {
    expect(outcome({ kind: 'idle' })).toEqual({ message: undefined, retry: false });
    expect(outcome({ kind: 'sending' })).toEqual({ message: undefined, retry: false });
  });
});
