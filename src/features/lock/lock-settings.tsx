import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { MIN_PASSCODE } from '../../store/device-lock';
import { lockNow, useLock } from '../../store/lock';
import { changePasscode, clearDevice, turnOffLock } from '../../store/lock-actions';
import { LOCK_MINUTES, useSettings } from '../../store/settings';
import { LockSetup } from './lock-screen';
import './lock.css';

/** The settings page's lock section: this device's lock, and the site's lock settings. */
export function DeviceLockSettings() {
  const { t } = useT();
  const status = useLock((s) => s.status);
  const lock = useSettings((s) => s.lock);
  const setLock = useSettings((s) => s.setLock);
  const id = useId();
  const [minutes, setMinutes] = useState(String(lock.minutes));
  const [minutesError, setMinutesError] = useState(false);
  const bounds = { min: LOCK_MINUTES.min, max: LOCK_MINUTES.max };

  const commitMinutes = (value: string) => {
    setMinutes(value);
    const n = Number(value.trim());
    if (!/^\d{1,2}$/.test(value.trim()) || n < LOCK_MINUTES.min || n > LOCK_MINUTES.max) {
      return setMinutesError(true);
    }
    setMinutesError(false);
    setLock({ ...lock, minutes: n });
  };

  return (
    <fieldset className="settings-group lock-settings">
      <legend>{t('lock.settings.legend')}</legend>
      <p className="field-hint">{t('lock.settings.hint')}</p>
      <p className="lock-state" data-lock={status}>
        {status === 'off'
          ? t('lock.settings.off')
          : t('lock.settings.on', { minutes: lock.minutes })}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={lock.required}
          aria-describedby={`${id}-req`}
          onChange={(e) => setLock({ ...lock, required: e.target.checked })}
        />
        {t('lock.settings.required')}
      </label>
      <p className="field-hint" id={`${id}-req`}>
        {t('lock.settings.requiredHint')}
      </p>
      <div className={`field${minutesError ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-min`}>{t('lock.settings.minutes', bounds)}</label>
        <input
          id={`${id}-min`}
          inputMode="numeric"
          value={minutes}
          aria-invalid={minutesError || undefined}
          aria-describedby={minutesError ? `${id}-min-error` : undefined}
          onChange={(e) => commitMinutes(e.target.value)}
        />
        {minutesError ? (
          <p className="field-error" id={`${id}-min-error`}>
            {t('lock.settings.minutesError', bounds)}
          </p>
        ) : null}
      </div>
      {status === 'off' ? <LockSetup /> : null}
      {status === 'open' ? <OpenLock /> : null}
    </fieldset>
  );
}

/** With the lock on: lock now, change the passcode, or turn the lock off; one status line for all. */
function OpenLock() {
  const { t } = useT();
  const id = useId();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** A passcode action: busy while it runs (the key derivation takes a moment), then what it said. */
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    const said = await action();
    setBusy(false);
    setMessage(said);
  };
  const actions = { id, busy, run, say: setMessage };

  return (
    <div className="lock-open">
      <p>
        <button type="button" className="primary" onClick={() => void lockNow()}>
          {t('lock.settings.lockNow')}
        </button>
      </p>
      <p role="status" className="lock-message">
        {busy ? t('lock.screen.unlocking') : (message ?? '')}
      </p>
      <ChangePasscode {...actions} />
      <TurnOffLock {...actions} />
    </div>
  );
}

interface PasscodeActionProps {
  /** The lock section's id, which the forms' ids extend. */
  readonly id: string;
  readonly busy: boolean;
  readonly run: (action: () => Promise<string>) => Promise<void>;
  readonly say: (message: string) => void;
}

/** The current passcode and a new one (long enough, or it is not tried). */
function ChangePasscode({ id, busy, run, say }: PasscodeActionProps) {
  const { t } = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (next.length < MIN_PASSCODE) return say(t('lock.setup.tooShort', { count: MIN_PASSCODE }));
    void run(async () => {
      const ok = await changePasscode(current, next);
      setCurrent('');
      setNext('');
      return ok ? t('lock.settings.changed') : t('lock.settings.wrongCurrent');
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-ch`}>
      <h3 id={`${id}-ch`}>{t('lock.settings.change')}</h3>
      <PasscodeField
        id={`${id}-cur`}
        label={t('lock.settings.current')}
        autoComplete="current-password"
        value={current}
        type={setCurrent}
      />
      <PasscodeField
        id={`${id}-new`}
        label={t('lock.settings.newPasscode', { count: MIN_PASSCODE })}
        autoComplete="new-password"
        value={next}
        type={setNext}
      />
      <button type="submit" disabled={busy}>
        {t('lock.settings.changeSubmit')}
      </button>
    </form>
  );
}

/** The passcode, to turn the lock off. */
function TurnOffLock({ id, busy, run }: PasscodeActionProps) {
  const { t } = useT();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const ok = await turnOffLock(code);
      setCode('');
      return ok ? t('lock.settings.turnedOff') : t('lock.settings.wrongCurrent');
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-off`}>
      <h3 id={`${id}-off`}>{t('lock.settings.turnOff')}</h3>
      <p className="field-hint">{t('lock.settings.turnOffHint')}</p>
      <PasscodeField
        id={`${id}-offcode`}
        label={t('lock.screen.passcode')}
        autoComplete="current-password"
        value={code}
        type={setCode}
      />
      <button type="submit" disabled={busy}>
        {t('lock.settings.turnOffSubmit')}
      </button>
    </form>
  );
}

function PasscodeField(props: {
  id: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  type: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(e) => props.type(e.target.value)}
      />
    </div>
  );
}

/** "Clear this device": one action, after a confirmation that says exactly what goes. */
export function ClearDevice() {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState<string>();
  const run = async () => {
    setBusy(true);
    const result = await clearDevice();
    setBusy(false);
    if (result.left.length) setLeft(t('lock.clear.left', { what: result.left.join(', ') }));
  };
  return (
    <fieldset className="settings-group clear-device">
      <legend>{t('lock.clear.legend')}</legend>
      <p className="field-hint">{t('lock.clear.hint')}</p>
      {asking ? (
        <div className="card lock-forgot" role="group" aria-label={t('lock.clear.legend')}>
          <p>{t('lock.clear.confirmText')}</p>
          <p className="lock-actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void run()}>
              {t('lock.clear.confirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('lock.clear.cancel')}
            </button>
          </p>
          <p role="status">{busy ? t('lock.clear.working') : (left ?? '')}</p>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('lock.clear.button')}
        </button>
      )}
    </fieldset>
  );
}
