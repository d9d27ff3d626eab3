import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { MIN_PASSCODE } from '../../store/device-lock';
import { eraseAfterForgotten, setUpLock, unlockWith } from '../../store/lock-actions';
import { useFocusHeading } from '../../ui/use-focus-heading';
import './lock.css';

/*
 * What a locked device shows instead of every page (lock-gate.tsx): the passcode, a slowed-down
 * retry after wrong ones, and the forgotten-passcode path that erases only after an explicit
 * confirmation. Or, on a device the site requires to be locked, the form that sets a passcode.
 * Loaded only when it is drawn, with the key derivation (device-lock.ts).
 */

export function LockScreen() {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const id = useId();
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [forgot, setForgot] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !passcode) return;
    setBusy(true);
    setMessage(undefined);
    const failure = await unlockWith(passcode);
    // The passcode is not kept in this component's state a moment longer than needed.
    setPasscode('');
    setBusy(false);
    if (!failure) return;
    const seconds = 'waitMs' in failure ? Math.ceil(failure.waitMs / 1000) : 0;
    setMessage(
      failure.kind === 'wrong'
        ? seconds
          ? t('lock.screen.wrongWait', { count: failure.failures, seconds })
          : t('lock.screen.wrong')
        : failure.kind === 'wait'
          ? t('lock.screen.wait', { seconds })
          : t('lock.screen.damaged'),
    );
  };

  return (
    <section className="page lock-screen" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('lock.screen.title')}
      </h1>
      <p>{t('lock.screen.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`field${message ? ' field-invalid' : ''}`}>
          <label htmlFor={id}>{t('lock.screen.passcode')}</label>
          <div className="inline-form">
            <input
              id={id}
              type="password"
              autoComplete="current-password"
              value={passcode}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${id}-error` : undefined}
              onChange={(e) => setPasscode(e.target.value)}
            />
            <button type="submit" className="primary" disabled={busy}>
              {t('lock.screen.unlock')}
            </button>
          </div>
          <p role="status" className={message ? 'field-error' : 'field-hint'} id={`${id}-error`}>
            {busy ? t('lock.screen.unlocking') : (message ?? '')}
          </p>
        </div>
      </form>
      {forgot ? (
        <ForgotPasscode onCancel={() => setForgot(false)} />
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setForgot(true)}>
            {t('lock.screen.forgot')}
          </button>
        </p>
      )}
    </section>
  );
}

function ForgotPasscode({ onCancel }: { onCancel: () => void }) {
  const { t } = useT();
  const [sure, setSure] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <div className="card lock-forgot" role="group" aria-labelledby="lock-forgot-h">
      <h2 id="lock-forgot-h" ref={heading} tabIndex={-1}>
        {t('lock.screen.forgot')}
      </h2>
      <p>{t('lock.screen.forgotText')}</p>
      <label className="check">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        {t('lock.screen.forgotConfirm')}
      </label>
      <p className="lock-actions">
        <button
          type="button"
          className="danger"
          disabled={!sure}
          onClick={() => void eraseAfterForgotten()}
        >
          {t('lock.screen.forgotErase')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('lock.screen.forgotCancel')}
        </button>
      </p>
    </div>
  );
}

/** Set a passcode: the first time on this device (settings), or because the site requires it. */
export function LockSetup({ required = false }: { required?: boolean }) {
  const { t } = useT();
  const id = useId();
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (first.length < MIN_PASSCODE)
      return setError(t('lock.setup.tooShort', { count: MIN_PASSCODE }));
    if (first !== again) return setError(t('lock.setup.mismatch'));
    setBusy(true);
    setError(undefined);
    const problem = await setUpLock(first);
    setBusy(false);
    setFirst('');
    setAgain('');
    if (problem === 'unreadable-kept') setError(t('lock.setup.unreadableKept'));
    else if (problem === 'not-saved') setError(t('lock.setup.notSaved'));
    else if (problem === 'failed') setError(t('lock.setup.failed'));
  };

  return (
    <form className="lock-setup" onSubmit={(e) => void submit(e)} noValidate>
      {required ? <p>{t('lock.setup.required')}</p> : null}
      <p className="lock-warning">{t('lock.setup.warning')}</p>
      <div className="field">
        <label htmlFor={`${id}-1`}>{t('lock.setup.passcode', { count: MIN_PASSCODE })}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('lock.setup.hint')}
        </p>
        <input
          id={`${id}-1`}
          type="password"
          autoComplete="new-password"
          value={first}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setFirst(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-2`}>{t('lock.setup.again')}</label>
        <input
          id={`${id}-2`}
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
        />
      </div>
      <p role="status" className={error ? 'field-error' : 'field-hint'}>
        {busy ? t('lock.setup.working') : (error ?? '')}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        {t('lock.setup.submit')}
      </button>
    </form>
  );
}

/** A device whose site requires a lock, without one: the passcode is set before any case. */
export function LockRequired() {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page lock-screen" aria-labelledby="lock-required-h">
      <h1 id="lock-required-h" ref={heading} tabIndex={-1}>
        {t('lock.setup.title')}
      </h1>
      <LockSetup required />
    </section>
  );
}

/** The device was cleared (here or in another tab): nothing more is drawn or written. */
export function DeviceCleared({ elsewhere }: { elsewhere: boolean }) {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page lock-screen" aria-labelledby="cleared-h">
      <h1 id="cleared-h" ref={heading} tabIndex={-1}>
        {t('lock.clear.legend')}
      </h1>
      <p role="status">{elsewhere ? t('lock.clear.doneElsewhere') : t('lock.clear.done')}</p>
    </section>
  );
}
