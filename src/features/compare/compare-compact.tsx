import { useId } from 'react';
import { Link } from 'react-router';
import { MODALITIES } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { useAssessment, useCase } from '../../store/selectors';
import { BandBadge } from '../../ui/band-badge';
import { compactRows, type Registry } from './comparison-model';
import { useDetectionLabel } from './detection-label';
import { RadiationLevel } from './radiation-level';
import './compare-compact.css';

/**
 * The comparison in a few lines, for the wizard and the summary: for each imaging modality, the
 * engine's band for this case today, whether it can show the lesion yet (from the registry's day
 * figures: the X-ray rule), and its radiation level. No chart library: this stays small.
 */
export function CompareCompact({
  caseId,
  registry = MODALITIES,
  headingLevel = 2,
}: {
  caseId: string;
  registry?: Registry;
  headingLevel?: 2 | 3;
}) {
  const { t, tx } = useT();
  const id = useId();
  const c = useCase(caseId);
  const assessment = useAssessment(c);
  const detection = useDetectionLabel();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  if (!c || !assessment) {
    return <p className="compare-compact">{t('compare.compact.missing')}</p>;
  }
  const day = assessment.timing.daysSinceOnset;
  const rows = compactRows(registry, day);

  return (
    <section className="compare-compact" aria-labelledby={id}>
      <Heading id={id}>{t('compare.compact.title')}</Heading>
      <p>
        {day === null
          ? t('compare.compact.dayUnknown')
          : t('compare.compact.dayKnown', { days: day })}
      </p>
      <ul className="compact-list">
        {rows.map((r) => (
          <li key={r.modality} className="compact-item" data-modality={r.modality}>
            <span className="compact-name">{tx(r.name)}</span>
            <span className="compact-facts">
              <BandBadge band={assessment.advice[r.modality].band} />
              <span className={`compact-detection detection-${r.detection}`}>
                <span className="visually-hidden">{t('compare.compact.detection')}: </span>
                {detection(r.detection, r.window)}
              </span>
              <span className="compact-rrl">
                <span className="visually-hidden">{t('compare.compact.radiation')}: </span>
                {r.rrl ? <RadiationLevel rrl={r.rrl} /> : t('compare.burden.noFigure')}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {/* Links to other pages mean nothing on paper. */}
      <p className="no-print">
        <Link to={`/compare?case=${encodeURIComponent(caseId)}`}>{t('compare.compact.full')}</Link>
      </p>
      <p className="no-print">
        <Link to={`/probability?case=${encodeURIComponent(caseId)}`}>{t('probability.link')}</Link>{' '}
        ({t('probability.linkHint')})
      </p>
    </section>
  );
}

export default CompareCompact;
