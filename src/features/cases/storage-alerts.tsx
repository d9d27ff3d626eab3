import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { shownSaveState, useCases } from '../../store/cases';
import { ConflictNotices } from './conflict-notices';
import { downloadAllCases } from './download-all';

/**
 * Whether the last edit is on the device: "Saving…" until its transaction has committed, then
 * "Saved on this device". A step merely opened is written quietly: it neither shows the status nor
 * takes away the one an edit showed. Not a live region (it changes with every keystroke); a
 * failure is said by the alert below, at once.
 */
function SaveStatus() {
  const { t } = useT();
  const state = useCases(shownSaveState);
  const edits = useCases((s) => s.saveEdits);
  const failed = useCases((s) => s.saveFailed);
  if (failed || state === 'idle') return null;
  return (
    // A new element for each edit, so that its fading starts again.
    <p key={edits} className="save-status" data-save-state={state} data-save-edit={edits}>
      {t(`storage.status.${state}`)}
    </p>
  );
}

/**
 * On every page: a save that failed (said at once, with the way out: download every case from
 * memory, then try again, or reload when a newer version wrote to this device), values another
 * tab replaced, and whether the last change is saved.
 */
function StorageAlerts() {
  const { t, lang } = useT();
  const saveFailed = useCases((s) => s.saveFailed);
  const saveError = useCases((s) => s.saveError);
  const newerVersion = useCases((s) => s.newerVersion);
  const conflicts = useCases((s) => s.tabConflicts.length > 0);
  const retry = useCases((s) => s.retrySave);
  const [done, setDone] = useState<string | undefined>();
  return (
    <>
      {saveFailed ? (
        <section className="alert save-failed" role="alert" aria-labelledby="save-failed-title">
          <h2 id="save-failed-title">{t('storage.saveFailed.title')}</h2>
          {saveError === 'newer' ? (
            <>
              <p>{t('storage.saveFailed.newer', { version: newerVersion ?? '' })}</p>
              <p>{t('storage.saveFailed.newerBody')}</p>
            </>
          ) : (
            <p>
              {t(saveError === 'quota' ? 'storage.saveFailed.quota' : 'storage.saveFailed.blocked')}{' '}
              {t('storage.saveFailed.body')}
            </p>
          )}
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
            {saveError === 'newer' ? (
              <button type="button" onClick={() => window.location.reload()}>
                {t('storage.saveFailed.reload')}
              </button>
            ) : (
              <button type="button" onClick={retry}>
                {t('storage.saveFailed.retry')}
              </button>
            )}
          </div>
          {done ? <p role="status">{done}</p> : null}
        </section>
      ) : null}
      {conflicts ? <ConflictNotices /> : null}
      <SaveStatus />
    </>
  );
}

export default StorageAlerts;
