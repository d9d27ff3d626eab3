import { useId } from 'react';
import { STUDY_NAMES } from '../../domain/modalities';
import {
  frequencyTree,
  proportions,
  WHAT_IF,
  type ExplorerResult,
  type Interval,
} from '../../domain/probability';
import { useT } from '../../i18n/use-t';

const span = (r: Interval) => (r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`);

/**
 * "Of 100 legs like this, about N …" for the first result that has a sensitivity and a
 * specificity: the source's table (with the registry's intervals when it gives them) or the
 * clinician's assumption (labelled). A nested list, so it reads the same to a screen reader.
 */
export function FrequencyTreeSection({ res }: { res: ExplorerResult | null }) {
  const { t, tx } = useT();
  const id = useId();
  const pick = res?.pretest ? res.results.find((r) => r.used) : undefined;
  let body = <p>{t('probability.tree.none')}</p>;
  if (res?.pretest && pick) {
    let sens: Interval | null = null;
    let spec: Interval | null = null;
    const whatIf = pick.input.basis === 'assumption';
    if (pick.input.basis === 'assumption') {
      sens = [pick.input.sensitivity, pick.input.sensitivity];
      spec = [pick.input.specificity, pick.input.specificity];
    } else if (pick.evidence) {
      const p = proportions(pick.evidence.table);
      if (p.sensitivity !== null && p.specificity !== null) {
        sens = pick.evidence.sensitivityCi ?? [p.sensitivity, p.sensitivity];
        spec = pick.evidence.specificityCi ?? [p.specificity, p.specificity];
      }
    }
    if (sens && spec) {
      const tree = frequencyTree(res.pretest.range, sens, spec, 100);
      const target =
        res.pretest.kind === 'anchor'
          ? t(`probability.target.${res.pretest.anchor.measures}`)
          : t('probability.target.judgement');
      body = (
        <>
          <p>
            {t('probability.tree.intro', {
              name: tx(STUDY_NAMES[pick.input.modality]),
              basis: whatIf
                ? t('probability.tree.basisWhatIf')
                : t('probability.tree.basisEvidence'),
            })}{' '}
            {t('probability.tree.target', { target })}
          </p>
          {whatIf ? <p className="prob-whatif-label">{tx(WHAT_IF)}</p> : null}
          <ul className="prob-tree" data-testid="frequency-tree">
            <li>
              {t('probability.tree.root', {
                n: tree.population,
                with: span(tree.withCondition),
                without: span(tree.withoutCondition),
              })}
              <ul>
                <li>
                  {t('probability.tree.withBranch', {
                    tp: span(tree.truePositive),
                    fn: span(tree.falseNegative),
                  })}
                </li>
                <li>
                  {t('probability.tree.withoutBranch', {
                    fp: span(tree.falsePositive),
                    tn: span(tree.trueNegative),
                  })}
                </li>
              </ul>
            </li>
          </ul>
        </>
      );
    }
  }
  return (
    <section className="prob-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('probability.tree.heading')}</h2>
      {body}
    </section>
  );
}
