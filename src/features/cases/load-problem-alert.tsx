import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { unreadableDataText, useCases } from '../../store/cases';
import { today } from '../../store/clock';
import { downloadText } from '../../ui/download';

/**
 * What happened when the saved cases were read, if anything went wrong. Everything readable is
 * already in the list; the rest is kept (in the store's quarantine and a verbatim backup) until
 * the user downloads it or chooses to discard it.
 */
function LoadProblemAlert() {
  const { t } = useT();
  const problem = useCases((s) => s.loadProblem);
  const quarantine = useCases((s) => s.quarantine);
  const dismiss = useCases((s) => s.dismissLoadProblem);
  const discard = useCases((s) => s.discardUnreadable);
  const [confirming, setConfirming] = useState(false);
  if (!problem) return null;

  const download = () =>
    void unreadableDataText().then((text) =>
      downloadText(`scho-workup-saved-data-${today()}.json`, text),
    );

  return (
    <section className="alert" role="alert" aria-labelledby="load-problem-title">
      <h2 id="load-problem-title">{t(`savedCases.load.${problem.kind}`)}</h2>
      <p>
        {t('savedCases.load.recovered', { count: problem.recovered })}{' '}
        {t('savedCases.load.keptAside', { count: Math.max(problem.unreadable, quarantine.length) })}
      </p>
      <p>{problem.writesHeld ? t('savedCases.load.held') : t('savedCases.load.kept')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={download}>
          {t('savedCases.load.download')}
        </button>
        {!confirming ? (
          <>
            <button type="button" onClick={dismiss}>
              {t('savedCases.load.dismiss')}
            </button>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('savedCases.load.discard')}
            </button>
          </>
        ) : null}
      </div>
      {confirming ? (
        <div className="confirm">
          <p>{t('savedCases.load.discardConfirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={discard}>
              {t('savedCases.load.discardYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('savedCases.actions.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <details>
        <summary>{t('savedCases.load.details')}</summary>
        <p>{problem.details}</p>
      </details>
    </section>
  );
}

export default LoadProblemAlert;
