import { MAX_DAY_COUNT } from '../../domain/engine/timing';
import type { Assessment } from '../../domain/engine/types';
import { STUDY_NAMES } from '../../domain/modalities';
import { STUDY_STATUS } from '../../domain/export/vocabulary';
import type { TimelineEvent } from '../../domain/export/timeline';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';

/** The dated events as a table (it prints sharply and reads well to a screen reader). */
export function TimelineSection({
  events,
  a,
}: {
  events: readonly TimelineEvent[];
  a: Assessment;
}) {
  const { t, tx, lang } = useT();
  const describe = (e: TimelineEvent): string => {
    switch (e.kind) {
      case 'onset':
        return t('summary.timeline.onset');
      case 'xray-informative':
        return t('summary.timeline.xrayInformative');
      case 'today':
        return t('summary.timeline.today');
      case 'study':
        return t('summary.timeline.study', {
          study: tx(STUDY_NAMES[e.study]),
          status: tx(STUDY_STATUS[e.status]),
        });
    }
  };
  return (
    <section className="summary-section" aria-labelledby="summary-timeline">
      <h2 id="summary-timeline">{t('summary.timeline.heading')}</h2>
      {a.timing.daysSinceOnset === null ? <p>{t('summary.timeline.noOnset')}</p> : null}
      {/* At phone width the table may scroll sideways: in its own labelled region, reachable by
          keyboard to be scrolled (WCAG 2.1.1). */}
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="summary-timeline-caption"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="summary-timeline">
          <caption id="summary-timeline-caption" className="visually-hidden">
            {t('summary.timeline.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.timeline.date')}</th>
              <th scope="col">{t('summary.timeline.day')}</th>
              <th scope="col">{t('summary.timeline.event')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={`${e.kind}-${e.date}-${i}`} className={`timeline-${e.kind}`}>
                <td>{formatDate(lang, e.date)}</td>
                <td>
                  {e.day === null
                    ? '—'
                    : e.day > MAX_DAY_COUNT
                      ? t('summary.timeline.overAYear')
                      : e.day}
                </td>
                <td>{describe(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a.timing.warnings.length ? (
        <>
          <h3>{t('summary.timeline.warnings')}</h3>
          <ul>
            {a.timing.warnings.map((w) => (
              <li key={w.id}>
                <strong>{t(`wizard.timing.severity.${w.severity}`)}: </strong>
                <StatementText s={w.reason} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
