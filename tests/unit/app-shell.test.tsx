import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { useSettings } from '../../src/store/settings';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('app shell', () => {
  beforeEach(() => useSettings.setState({ lang: 'en' }));

  it('shows the navigation and the always-visible disclaimer', async () => {
    renderAt('/');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByText(/does not replace clinical judgement/)).toBeInTheDocument();
  });

  it('gives an unknown address a friendly page with a way back', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the case list' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('switches the interface to Spanish and remembers it', async () => {
    renderAt('/');
    await userEvent.selectOptions(await screen.findByLabelText('Language'), 'es');
    expect(await screen.findByRole('navigation', { name: 'Principal' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('scho-workup:settings') ?? '{}').state.lang).toBe('es');
  });
});
