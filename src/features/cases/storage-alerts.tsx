import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { ConflictNotices } from './conflict-notices';
import { downloadAllCases } from './download-all';

/**
 * On every page: a save that failed (said at once, with the way out: download every case from
 * memory, then try again), and values another tab replaced.
 */
function StorageAlerts() {
  const { t, lang } = useT();
  const saveFailed = useCases((s) => s.saveFailed);
  const saveError = useCases((s) => s.saveError);
  const conflicts = useCases((s) => s.tabConflicts.length > 0);
  const retry = useCases((s) => s.retrySave);
  const [done, setDone] = useState<string | undefined>();
  return (
    <>
      {saveFailed ? (
        <section className="alert save-failed" role="alert" aria-labelledby="save-failed-title">
          <h2 id="save-failed-title">{t('storage.saveFailed.title')}</h2>
          <p>
            {t(saveError === 'quota' ? 'storage.saveFailed.quota' : 'storage.saveFailed.blocked')}{' '}
            {t('storage.saveFailed.body')}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                const r = downloadAllCases(lang);
                setDone(r ? t('storage.backup.downloaded', r) : t('storage.backup.none'));
              }}
            >
              {t('cases.backup.download')}
            </button>
            <button type="button" onClick={retry}>
              {t('storage.saveFailed.retry')}
            </button>
          </div>
          {done ? <p role="status">{done}</p> : null}
        </section>
      ) : null}
      {conflicts ? <ConflictNotices /> : null}
    </>
  );
}

export default StorageAlerts;
