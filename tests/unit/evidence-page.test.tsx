import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { REFERENCES } from '../../src/domain/evidence';
import { useSettings } from '../../src/store/settings';

function renderAt(path: string) {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
}

describe('evidence page', () => {
  beforeEach(() => useSettings.setState({ lang: 'en' }));

  it('lists every reference in the registry, the seed first, with its DOI', async () => {
    renderAt('/evidence');
    const count = Object.keys(REFERENCES).length;
    const heading = await screen.findByRole(
      'heading',
      { name: `References (${count})` },
      // The page is a lazy chunk: on a loaded machine it can take more than the default second.
      { timeout: 10_000 },
    );
    const list = heading.nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(count);
    expect(items[0]).toHaveTextContent('The case report this app is built from');
    expect(
      within(items[0]!).getByRole('link', { name: /DOI 10\.1016\/j\.reumae\.2020\.06\.004/ }),
    ).toHaveAttribute('href', 'https://doi.org/10.1016/j.reumae.2020.06.004');
  });

  it('says plainly that accuracy figures are extrapolated', async () => {
    renderAt('/evidence');
    expect(
      await screen.findByText(/No study has measured the accuracy/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('focuses the reference a citation link points at', async () => {
    renderAt('/evidence#ref-rosteius-2017');
    await screen.findByRole('heading', { name: 'Evidence' });
    await waitFor(() => expect(document.activeElement?.id).toBe('ref-rosteius-2017'));
  });

  it('renders in Spanish', async () => {
    useSettings.setState({ lang: 'es' });
    renderAt('/evidence');
    expect(await screen.findByRole('heading', { name: 'Evidencia' })).toBeInTheDocument();
    expect(screen.getByText(/Ningún estudio ha medido la exactitud/)).toBeInTheDocument();
  });
});
