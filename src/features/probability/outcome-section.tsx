import { useId } from 'react';
import { STUDY_NAMES } from '../../domain/modalities';
import {
  CONCORDANCE,
  DEPENDENCE_WHY,
  pctRange,
  ratio,
  VERDICT,
  WHAT_IF,
  ZONE,
  type ExplorerResult,
} from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import type { Draft, Reading } from './draft';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The post-test range: one band, and for chained results both assumptions and why. */
export function OutcomeSection({ res }: { res: ExplorerResult | null }) {
  const { t, tx, lang } = useT();
  const id = useId();
  const used = res?.results.filter((r) => r.used) ?? [];
  return (
    <section className="prob-section prob-outcome" aria-labelledby={`${id}-h`} aria-live="polite">
      <h2 id={`${id}-h`}>{t('probability.outcome.heading')}</h2>
      {res?.pretest ? (
        <p>
          {t('probability.outcome.pretestIs', {
            range: pctRange(lang, res.pretest.range),
            source:
              res.pretest.kind === 'anchor'
                ? tx(res.pretest.anchor.label)
                : t('probability.outcome.judgement'),
          })}
        </p>
      ) : null}
      {res?.post && res.chain ? (
        <div data-testid="post-test">
          <p className="prob-band">
            <strong>
              {t('probability.outcome.band', { band: pctRange(lang, res.post.band) })}
            </strong>
          </p>
          {used.length === 1 ? (
            <p>
              {t('probability.outcome.atPoint', {
                range: pctRange(lang, res.post.independence.atPoint),
              })}
            </p>
          ) : (
            <>
              <p>
                {t('probability.outcome.independence', {
                  lr: ratio(lang, res.chain.independence.point),
                  range: pctRange(lang, res.post.independence.atPoint),
                })}
              </p>
              <p>
                {t('probability.outcome.dependence', {
                  name: tx(STUDY_NAMES[used[res.chain.mostInformative]!.input.modality]),
                  lr: ratio(lang, res.chain.fullDependence.point),
                  range: pctRange(lang, res.post.fullDependence.atPoint),
                })}
              </p>
              <p>
                {capitalise(tx(CONCORDANCE[res.chain.concordance]))}. {tx(DEPENDENCE_WHY)}
              </p>
            </>
          )}
          {res.usesWhatIf ? (
            <p className="prob-whatif-label">
              {tx(WHAT_IF)}. {t('probability.outcome.whatIf')}
            </p>
          ) : null}
        </div>
      ) : (
        <p data-testid="post-test-waiting">{t('probability.outcome.waiting')}</p>
      )}
    </section>
  );
}

/** Pauker–Kassirer thresholds set by the clinician, and the answer they give. */
export function ThresholdsSection({
  draft,
  update,
  reading,
  res,
}: {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  reading: Reading;
  res: ExplorerResult | null;
}) {
  const { t, tx } = useT();
  const id = useId();
  const fields = [
    ['testThreshold', 'test'],
    ['treatmentThreshold', 'treatment'],
  ] as const;
  return (
    <section className="prob-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('probability.thresholds.heading')}</h2>
      <p>{t('probability.thresholds.intro')}</p>
      <div className="prob-pair">
        {fields.map(([key, label]) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`probability.thresholds.${label}`)}</label>
            <input
              id={`${id}-${key}`}
              inputMode="decimal"
              value={draft[key]}
              onChange={(e) => update({ [key]: e.target.value })}
              aria-invalid={reading.thresholdsProblem || undefined}
              aria-describedby={reading.thresholdsProblem ? `${id}-err` : undefined}
            />
          </div>
        ))}
      </div>
      {reading.thresholdsProblem ? (
        <p className="field-error" id={`${id}-err`} role="alert">
          {t('probability.thresholds.bad')}
        </p>
      ) : null}
      <div aria-live="polite" data-testid="verdict">
        {res?.decision ? (
          <>
            <p>
              <strong>{tx(VERDICT[res.decision.verdict])}</strong>
              {res.usesWhatIf ? ` [${tx(WHAT_IF)}]` : ''}
            </p>
            <p>
              {t('probability.thresholds.preZone', {
                zones: res.decision.pre.map((z) => tx(ZONE[z])).join(' / '),
              })}{' '}
              {t('probability.thresholds.postZone', {
                zones: res.decision.post.map((z) => tx(ZONE[z])).join(' / '),
              })}
            </p>
          </>
        ) : !reading.input?.thresholds ? (
          <p>{t('probability.thresholds.notSet')}</p>
        ) : null}
      </div>
    </section>
  );
}
