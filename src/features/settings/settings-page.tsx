import { useId, useState } from 'react';
import { LAB_UNITS } from '../../domain/case/schema';
import { MODALITIES } from '../../domain/evidence';
import { MODALITY_IDS, type ModalityId } from '../../domain/evidence/types';
import { kindOf } from '../../domain/modalities/core';
import { useT } from '../../i18n/use-t';
import { DEFAULT_SITE, THEMES, useSettings, type SiteSettings } from '../../store/settings';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { ClearDevice, DeviceLockSettings } from '../lock';
import './settings.css';

/** The investigations a hospital may or may not offer (labs are always at hand). */
const TESTS = MODALITY_IDS.filter((m) => kindOf(m) !== 'labs');
/** The analytes whose units the settings fix (those the engine reads). */
const UNIT_ANALYTES = ['calcium', 'phosphate'] as const;

/**
 * `/settings`: this site's settings, saved on the device. The theme, which investigations this
 * hospital offers (and a typical wait) and the units its laboratory reports. The engine reads
 * the site settings; every export carries them.
 */
export function SettingsPage() {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const theme = useSettings((s) => s.theme);
  const setTheme = useSettings((s) => s.setTheme);
  const site = useSettings((s) => s.site);
  const setSite = useSettings((s) => s.setSite);
  const update = (patch: Partial<SiteSettings>) => setSite({ ...site, ...patch });

  return (
    <section className="page settings-page" aria-labelledby="settings-heading">
      <h1 id="settings-heading" ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <p>{t('settings.intro')}</p>

      <fieldset className="settings-group">
        <legend>{t('settings.theme.legend')}</legend>
        <p className="field-hint">{t('settings.theme.hint')}</p>
        <div className="settings-options">
          {THEMES.map((th) => (
            <label key={th} className="check">
              <input
                type="radio"
                name="theme"
                value={th}
                checked={theme === th}
                onChange={() => setTheme(th)}
              />
              {t(`settings.theme.${th}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.tests.legend')}</legend>
        <p className="field-hint">{t('settings.tests.hint')}</p>
        <ul className="settings-tests">
          {TESTS.map((m) => (
            <TestRow key={m} id={m} site={site} update={update} />
          ))}
        </ul>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.units.legend')}</legend>
        <p className="field-hint">{t('settings.units.hint')}</p>
        <div className="settings-units">
          {UNIT_ANALYTES.map((a) => (
            <UnitSelect key={a} analyte={a} site={site} update={update} />
          ))}
        </div>
      </fieldset>

      <p>
        <button type="button" onClick={() => setSite(DEFAULT_SITE)}>
          {t('settings.reset')}
        </button>
      </p>

      <DeviceLockSettings />
      <ClearDevice />
    </section>
  );
}

function TestRow({
  id,
  site,
  update,
}: {
  id: ModalityId;
  site: SiteSettings;
  update: (patch: Partial<SiteSettings>) => void;
}) {
  const { t, tx } = useT();
  const waitId = useId();
  const saved = site.waitDays?.[id];
  const [raw, setRaw] = useState(saved === undefined ? '' : String(saved));
  const [error, setError] = useState(false);
  const available = !site.unavailable.includes(id);
  const name = tx(MODALITIES[id].name);

  const commitWait = (value: string) => {
    setRaw(value);
    const s = value.trim();
    const waitDays = { ...site.waitDays };
    if (s === '') delete waitDays[id];
    else if (/^\d{1,3}$/.test(s) && Number(s) <= 365) waitDays[id] = Number(s);
    else return setError(true);
    setError(false);
    update({ waitDays });
  };

  return (
    <li className="settings-test">
      <label className="check">
        <input
          type="checkbox"
          checked={available}
          onChange={(e) =>
            update({
              unavailable: e.target.checked
                ? site.unavailable.filter((m) => m !== id)
                : [...site.unavailable, id],
            })
          }
        />
        {name}
      </label>
      {available ? (
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={waitId}>
            {t('settings.tests.wait', { name: tx(MODALITIES[id].shortName) })}
          </label>
          <input
            id={waitId}
            inputMode="numeric"
            value={raw}
            aria-invalid={error || undefined}
            aria-describedby={error ? `${waitId}-error` : undefined}
            onChange={(e) => commitWait(e.target.value)}
          />
          {error ? (
            <p className="field-error" id={`${waitId}-error`}>
              {t('settings.tests.waitError')}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function UnitSelect({
  analyte,
  site,
  update,
}: {
  analyte: (typeof UNIT_ANALYTES)[number];
  site: SiteSettings;
  update: (patch: Partial<SiteSettings>) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`settings.units.${analyte}`)}</label>
      <select
        id={id}
        value={site.units?.[analyte] ?? ''}
        onChange={(e) => {
          const units = { ...site.units };
          if (e.target.value) units[analyte] = e.target.value;
          else delete units[analyte];
          update({ units });
        }}
      >
        <option value="">{t('settings.units.none')}</option>
        {LAB_UNITS[analyte].map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </select>
    </div>
  );
}
