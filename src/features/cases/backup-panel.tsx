import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { withStrings } from '../../i18n/with-strings';
import { useCases } from '../../store/cases';

type Persistence = 'granted' | 'denied' | 'unknown';

let known: Persistence | undefined;

/**
 * Whether the browser already keeps this site's data, asked once and remembered. The panel's
 * loader waits for it (cases-page.tsx), so the panel is drawn whole, in one go, instead of its
 * status line pushing the page down a moment later.
 */
export async function readPersistence(): Promise<void> {
  const sm = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (known || !sm?.persisted) return;
  try {
    known = (await sm.persisted()) ? 'granted' : 'denied';
  } catch {
    known = 'unknown';
  }
}

/**
 * Whether the browser keeps the cases, and the all-cases backup. Asks for persistent storage
 * once there is a case to keep (browsers grant it silently or by their own rules, e.g. when the
 * app is installed or often visited). Loaded after the list is painted; it draws only first-page
 * strings.
 */
function BackupPanel() {
  const { t, lang } = useT();
  const headingId = useId();
  const hasCases = useCases((s) => s.order.length > 0);
  const supported = typeof navigator !== 'undefined' && !!navigator.storage?.persisted;
  const [persistence, setPersistence] = useState<Persistence | undefined>(
    supported ? known : 'unknown',
  );
  const [message, setMessage] = useState<string | undefined>();

  useEffect(() => {
    const sm = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!sm?.persisted) return;
    let live = true;
    void (async () => {
      try {
        let granted = await sm.persisted();
        if (!granted && hasCases && sm.persist) granted = await sm.persist();
        if (live) setPersistence(granted ? 'granted' : 'denied');
      } catch {
        if (live) setPersistence('unknown');
      }
    })();
    return () => {
      live = false;
    };
  }, [hasCases]);

  return (
    <section className="backup-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cases.backup.heading')}</h2>
      {persistence ? (
        <p className="persistence" data-persistence={persistence}>
          {t(`cases.backup.${persistence}`)}
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => {
          // The all-cases file's code and the message's strings load when they are asked for.
          void withStrings(() => import('./download-all')).then(({ downloadAllCases }) => {
            const r = downloadAllCases(lang);
            setMessage(r ? t('storage.backup.downloaded', r) : t('storage.backup.none'));
          });
        }}
      >
        {t('cases.backup.download')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}

export default BackupPanel;
