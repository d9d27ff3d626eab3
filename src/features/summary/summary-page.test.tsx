import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { seedCase } from '../../domain/case/fixtures';
import type { Case } from '../../domain/case/schema';
import { ENGINE_VERSION } from '../../domain/engine/version';
import { visibleLabel } from '../../domain/case/label';
import { HOSTILE, HOSTILE_LABELS, hostileCase } from '../../domain/export/testing/hostile';
import { bidiLeaks } from '../../domain/export/testing/inert-checks';
import { useCases } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { SummaryPage } from './summary-page';

const TODAY = '2026-03-03';

function renderSummary(c: Case | null, id = c?.id ?? 'missing') {
  if (c) useCases.setState({ cases: { [c.id]: c }, order: [c.id] });
  const router = createMemoryRouter(
    [
      { path: '/', element: <h1>Cases stand-in</h1> },
      { path: '/cases/:caseId/summary', element: <SummaryPage /> },
      { path: '/cases/:caseId', element: <h1>Wizard stand-in</h1> },
      { path: '/evidence', element: <h1>Evidence stand-in</h1> },
    ],
    { initialEntries: [`/cases/${id}/summary`] },
  );
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, user, router };
}

beforeEach(() => {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  useSettings.setState({ lang: 'en' });
  useCases.setState(useCases.getInitialState(), true);
});

describe('summary page', () => {
  it('shows the seed case as confirmed, with the heading focused', async () => {
    renderSummary(seedCase(TODAY));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Workup summary' });
    expect(h1).toHaveFocus();
    expect(screen.getByText('García-Arpa 2020 seed case')).toBeInTheDocument();
    const conclusion = screen.getByRole('region', { name: 'Working conclusion' });
    expect(
      within(conclusion).getByText('Confirmed subcutaneous ossification (SCHO)'),
    ).toBeInTheDocument();
    expect(within(conclusion).getByText(/Biopsy \(the test of choice\)/)).toBeInTheDocument();
    expect(
      screen.getByText(`Assessed on 3 Mar 2026 with engine version ${ENGINE_VERSION}. Day 91`, {
        exact: false,
      }),
    ).toBeInTheDocument();
  });

  it('lists findings by step with dates, and a timeline from onset to today', async () => {
    renderSummary(seedCase(TODAY));
    const findings = await screen.findByRole('region', { name: 'Findings by step' });
    expect(
      within(findings).getByRole('heading', { name: /X-ray — done, dated 3 Mar 2026/ }),
    ).toBeInTheDocument();
    expect(
      within(findings).getByText('reticulated subcutaneous opacities of bone density'),
    ).toBeInTheDocument();
    expect(
      within(findings).getByRole('heading', { name: /Ultrasound — not done/ }),
    ).toBeInTheDocument();
    const table = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('2 Dec 2025');
    expect(rows[0]).toHaveTextContent('Symptom onset');
    expect(rows[1]).toHaveTextContent('16 Dec 2025');
    expect(rows[1]).toHaveTextContent(
      'normal plain X-ray lowers but does not remove the suspicion',
    );
    expect(rows.at(-1)).toHaveTextContent('Today');
  });

  it('leads with the answer: conclusion, plan and what is open come before the exports', async () => {
    renderSummary(seedCase(TODAY));
    const conclusion = await screen.findByRole('region', { name: 'Working conclusion' });
    expect(within(conclusion).getByText('Plan:')).toBeInTheDocument();
    expect(conclusion).toHaveTextContent(
      'Plan: The biopsy has answered the question: the workup is complete.',
    );
    // "Complete" is said once, by the reason: no "Workup complete" label beside it.
    expect(conclusion.textContent?.match(/complete/gi)).toHaveLength(1);
    expect(
      within(conclusion).getByRole('region', { name: 'What is still open' }),
    ).toHaveTextContent('Nothing is open.');
    const exports = screen.getByRole('region', { name: /Note for the record, print and export/ });
    const findings = screen.getByRole('region', { name: 'Findings by step' });
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(conclusion, exports)).toBe(true);
    expect(follows(exports, findings)).toBe(true);
  });

  it('says once that the done studies are weighed in the conclusion, not once per study', async () => {
    renderSummary(seedCase(TODAY));
    const advice = await screen.findByRole('region', { name: 'Each study, for this case now' });
    expect(advice).toHaveTextContent(
      'Done, weighed in the conclusion: Labs, X-ray, Bone scintigraphy, CT, Biopsy.',
    );
    expect(document.body.textContent).not.toContain('the result is weighed in the conclusion');
    // Ultrasound and MRI, not done, keep their band and reason.
    expect(within(advice).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows differential with discriminators, risk, management and references', async () => {
    renderSummary(seedCase(TODAY));
    const diff = await screen.findByRole('region', { name: 'Differential diagnosis' });
    expect(within(diff).getAllByText('What sets it apart').length).toBeGreaterThan(0);
    const risk = screen.getByRole('region', { name: 'Risk profile' });
    expect(within(risk).getByRole('rowheader', { name: 'Woman' }).nextSibling).toHaveTextContent(
      'Absent',
    );
    // One count, the engine's: "2 of 5 risk features present (3 recorded)", never a second one.
    expect(risk.textContent?.match(/of \d+ (recorded )?risk (features|factors)/g)).toHaveLength(1);
    const management = screen.getByRole('region', { name: 'Management notes' });
    expect(within(management).getAllByText('extrapolated').length).toBeGreaterThan(0);
    const refs = screen.getByRole('region', { name: 'References' });
    const doi = within(refs).getByRole('link', { name: 'doi:10.1016/j.reumae.2020.06.004' });
    expect(doi).toHaveAttribute('href', 'https://doi.org/10.1016/j.reumae.2020.06.004');
    expect(refs).toHaveTextContent('Report of a man with heterotopic ossification of the legs');
    expect(screen.getByRole('region', { name: 'Disclaimer' })).toHaveTextContent(
      'does not replace clinical judgement',
    );
    expect(
      screen.getByText(`engine ${ENGINE_VERSION}, assessment date 3 Mar 2026`, { exact: false }),
    ).toBeInTheDocument();
  });

  it("has a line for the patient's identity on paper only (the app never stores it)", async () => {
    renderSummary(seedCase(TODAY));
    const line = await screen.findByText(/Patient \(name, date of birth, record number\)/);
    expect(line.closest('.print-only')).not.toBeNull();
  });

  it('keeps navigation and export buttons out of print', async () => {
    renderSummary(seedCase(TODAY));
    const nav = await screen.findByRole('navigation', { name: 'Summary navigation' });
    expect(nav).toHaveClass('no-print');
    expect(
      screen.getByRole('button', { name: 'Print or save as PDF' }).closest('.no-print'),
    ).not.toBeNull();
  });

  it('is in Spanish when the app is', async () => {
    useSettings.setState({ lang: 'es' });
    renderSummary(seedCase(TODAY));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Resumen del estudio' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Osificación subcutánea (OHSC) confirmada')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bibliografía' })).toBeInTheDocument();
  });

  it('says when the case does not exist', async () => {
    renderSummary(null);
    expect(await screen.findByRole('heading', { name: 'Case not found' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Back to the case list' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('renders hostile free text as inert, intact text', async () => {
    const c = hostileCase(TODAY);
    const { container } = renderSummary(c);
    await screen.findByRole('heading', { level: 1, name: 'Workup summary' });
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('script, img[src="x"]')).toBeNull();
    // No link was made from the Markdown-looking note.
    for (const a of container.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    }
    const text = container.textContent ?? '';
    // The label's direction override is shown as a mark, not obeyed.
    expect(text).toContain(visibleLabel(c.label));
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.mdLink);
    expect(text).toContain(HOSTILE.rtl);
    expect(text).toContain(HOSTILE.emoji);
    expect(text).toContain(HOSTILE.long);
    // Direction overrides are confined to their own isolate.
    const bdis = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis).toContain(visibleLabel(c.label));
    // No piece of free text leaves a direction open, or closes the <bdi> around it early.
    for (const b of container.querySelectorAll('bdi'))
      expect((b.textContent ?? '').split('\n').filter(bidiLeaks)).toEqual([]);
  });

  it('HAZ-34 an onset eight years ago: the summary says "more than a year", in its meta line and its timeline, never a day count of years', async () => {
    const seed = seedCase(TODAY);
    const c: Case = { ...seed, patient: { ...seed.patient, onsetDate: '2018-03-03' } };
    const { container } = renderSummary(c);
    await screen.findByRole('heading', { level: 1, name: 'Workup summary' });
    expect(screen.getByText(/More than a year since symptom onset\./)).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByText('More than a year').length).toBeGreaterThan(0);
    for (const m of (container.textContent ?? '').matchAll(/\b(?:Day|day) (\d+)/g))
      expect(Number(m[1])).toBeLessThanOrEqual(365);
  });

  it.each(Object.entries(HOSTILE_LABELS))(
    'HAZ-46 shows the hostile label "%s" as what it is: one line, marks for hidden characters, look-alikes marked',
    async (_name, label) => {
      const c = { ...seedCase(TODAY), label };
      const { container } = renderSummary(c);
      await screen.findByRole('heading', { level: 1, name: 'Workup summary' });
      const shown = container.querySelector('.summary-case .case-label');
      expect(shown).not.toBeNull();
      const text = shown!.textContent ?? '';
      // One line: a line break is a mark, so "Conclusion: Excluded…" cannot stand as a line.
      expect(text).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
      // Nothing hidden and nothing that reorders: every invisible character is drawn as a mark.
      expect(text).not.toMatch(/[\p{Cf}\p{Cc}]/u);
      expect(container.querySelector('script, img')).toBeNull();
      if (label.includes('\n')) expect(text).toContain('Bed 12⏎Conclusion: Excluded');
      if (label.includes('\u202E')) expect(text).toContain('⟨U+202E⟩gel tfel');
      if (label.includes('\u200B')) expect(text).toContain('Bed⟨U+200B⟩ 12');
      if (label.includes('\u0435')) {
        const mark = shown!.querySelector('mark.label-look-alike');
        expect(mark?.textContent).toBe('\u0435 (Cyrillic)');
      }
    },
  );
});
