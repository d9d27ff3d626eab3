import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { DAY_SCALE, clampDay } from './comparison-model';

/**
 * The "days since onset" control: a labelled number input and a range slider bound to the same
 * value. The number field keeps what is being typed until it is a valid day, so clearing it to
 * type "23" does not jump the marker to 0.
 */
export function DayControl({ day, onChange }: { day: number; onChange: (day: number) => void }) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);

  const fromNumber = (raw: string) => {
    setDraft(raw);
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n)) onChange(clampDay(n));
  };

  return (
    <div className="day-control">
      <div className="day-control-number">
        <label htmlFor={`${id}-n`}>{t('compare.day.number')}</label>
        <input
          id={`${id}-n`}
          type="number"
          inputMode="numeric"
          min={DAY_SCALE.min}
          max={DAY_SCALE.max}
          step={1}
          value={draft ?? String(day)}
          onChange={(e) => fromNumber(e.target.value)}
          onBlur={() => setDraft(null)}
        />
      </div>
      <div className="day-control-slider">
        <label htmlFor={`${id}-r`} className="visually-hidden">
          {t('compare.day.slider')}
        </label>
        <input
          id={`${id}-r`}
          type="range"
          min={DAY_SCALE.min}
          max={DAY_SCALE.max}
          step={1}
          value={day}
          aria-valuetext={t('compare.day.valueText', { days: day })}
          onChange={(e) => {
            setDraft(null);
            onChange(clampDay(Number(e.target.value)));
          }}
        />
        <div className="day-control-scale" aria-hidden="true">
          <span>{DAY_SCALE.min}</span>
          <span>{DAY_SCALE.max}</span>
        </div>
      </div>
    </div>
  );
}
