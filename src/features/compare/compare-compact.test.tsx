import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../../domain/case/parse';
import { assess } from '../../domain/engine/assess';
import { useCases } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import CompareCompactDefault, { CompareCompact } from './compare-compact';

const TODAY = '2026-03-12';

function seed(onsetDate?: string) {
  const c = newCase('case-1', 'Bed 12', '2026-03-01T08:00:00.000Z');
  const withOnset = onsetDate ? { ...c, patient: { ...c.patient, onsetDate } } : c;
  useCases.setState({ cases: { [c.id]: withOnset }, order: [c.id] });
  return withOnset;
}

const renderCompact = (caseId = 'case-1') =>
  render(
    <MemoryRouter>
      <CompareCompact caseId={caseId} />
    </MemoryRouter>,
  );

const item = (modality: string) =>
  document.querySelector(`[data-modality="${modality}"]`) as HTMLElement;

describe('CompareCompact', () => {
  beforeEach(() => {
    useSettings.setState({ lang: 'en' });
    useCases.setState({ cases: {}, order: [] });
    vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  });

  it('lists the five imaging modalities with band, timing today and radiation', () => {
    const c = seed('2026-03-01');
    renderCompact();
    const advice = assess(c, TODAY).advice;
    expect(screen.getByText('Day 11 since onset.')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.modality)).toEqual([
      'ultrasound',
      'xray',
      'scintigraphy',
      'ct',
      'mri',
    ]);
    expect(item('xray')).toHaveTextContent('May show (days 10–13)');
    expect(item('ultrasound')).toHaveTextContent('No sourced day figure');
    expect(item('scintigraphy')).toHaveTextContent('ACR relative radiation level 3 of 4');
    expect(item('scintigraphy')).toHaveTextContent(/☢☢☢.*\(1–10 mSv\)/);
    const bandWords: Record<string, string> = {
      'usually-appropriate': 'Usually appropriate',
      'may-be-appropriate': 'May be appropriate',
      'usually-not-appropriate': 'Usually not appropriate',
      done: 'Done',
      'not-done': 'Set aside',
    };
    for (const id of ['ultrasound', 'xray', 'scintigraphy', 'ct', 'mri'] as const)
      expect(item(id)).toHaveTextContent(bandWords[advice[id].band]!);
    expect(
      screen.getByRole('link', { name: 'Full comparison of the investigations' }),
    ).toHaveAttribute('href', '/compare?case=case-1');
  });

  it('applies the X-ray rule to the case day', () => {
    seed('2026-02-20'); // day 20
    renderCompact();
    expect(item('xray')).toHaveTextContent('A normal film lowers the suspicion (from day 14)');
  });

  it('says when the onset date is missing or the case is unknown', () => {
    seed();
    const { unmount } = renderCompact();
    expect(screen.getByText(/Onset date not recorded/)).toBeInTheDocument();
    expect(item('xray')).toHaveTextContent('Day since onset not known');
    unmount();
    renderCompact('nope');
    expect(screen.getByText('This case is not on this device.')).toBeInTheDocument();
  });

  it('has a default export for React.lazy', () => {
    expect(CompareCompactDefault).toBe(CompareCompact);
  });

  it('does not pull in recharts (it is embedded in the wizard and the summary)', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      expect(src, file).not.toMatch(/from 'recharts'/);
      for (const m of src.matchAll(/from '(\.\/[^']+)'/g)) {
        const base = resolve(dirname(file), m[1]!);
        if (base.endsWith('.css')) continue;
        for (const ext of ['.ts', '.tsx']) {
          try {
            readFileSync(base + ext);
            visit(base + ext);
          } catch {
            // not this extension
          }
        }
      }
    };
    visit(resolve(here, 'compare-compact.tsx'));
    expect(seen.size).toBeGreaterThan(1);
  });
});
