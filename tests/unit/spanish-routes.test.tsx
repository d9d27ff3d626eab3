import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../src/app/routes';
import { seedCase } from '../../src/domain/case/fixtures';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { useCases } from '../../src/store/cases';
import { clock } from '../../src/store/clock';
import { useSettings } from '../../src/store/settings';

const TODAY = '2026-11-25';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as object).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

/**
 * English UI strings that must not appear on a Spanish page: those that differ from their Spanish
 * counterpart and are long enough not to collide with names, units or codes. Placeholders are
 * cut at the first `{` so interpolated strings are caught by their fixed start.
 */
const esByKey = new Map(leaves(es));
const ENGLISH_ONLY = leaves(en)
  .filter(([k, v]) => v !== esByKey.get(k))
  .map(([, v]) => v.split('{')[0]!.trim())
  .filter((v) => v.length >= 14);

describe('every route renders in Spanish', () => {
  let id = '';
  beforeEach(() => {
    vi.spyOn(clock, 'today').mockReturnValue(TODAY);
    useSettings.setState({ lang: 'es' });
    id = useCases.getState().addCase(seedCase(TODAY));
  });
  afterEach(() => useSettings.setState({ lang: 'en' }));

  const steps = ['patient', 'labs', 'ultrasound', 'xray', 'scintigraphy', 'ctmri', 'biopsy'];
  const paths = () => [
    ['/', 'Casos'],
    ['/compare', 'Comparar las pruebas'],
    ['/evidence', 'Evidencia'],
    ['/probability', 'Explorador de probabilidad preprueba / postprueba'],
    ['/settings', 'Ajustes de este centro'],
    ...steps.map((s) => [`/cases/${id}/${s}`, null] as const),
    [`/cases/${id}/summary`, null],
    ['/no/such/page', 'Página no encontrada'],
  ];

  it('shows no English UI string on any page', { timeout: 180_000 }, async () => {
    for (const [path, heading] of paths()) {
      const view = render(
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path!] })} />,
      );
      const h1 = await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
      if (heading) expect(h1).toHaveTextContent(heading);
      // Bibliographic titles are English and marked lang="en" (WCAG 3.1.2): leave them out.
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"]').forEach((el) => el.remove());
      const text = clone.textContent ?? '';
      const leaked = ENGLISH_ONLY.filter((s) => text.includes(s));
      expect(leaked, `${path} shows English`).toEqual([]);
      expect(document.documentElement.lang).toBe('es');
      view.unmount();
    }
    // Renders every route in turn: well over vitest's 5 s default on a busy machine.
  });
});
