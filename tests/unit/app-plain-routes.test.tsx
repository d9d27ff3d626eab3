import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { RouteErrorBoundary } from '../../src/app/route-error';
import { useSettings } from '../../src/store/settings';

// The app as it ships renders the route table with <BrowserRouter> (not the data router the
// other shell tests use), so these load real addresses through it.
describe('the app as it ships (plain router)', () => {
  beforeEach(() => useSettings.setState({ lang: 'en' }));

  it('opens a lazily loaded page from its address', async () => {
    window.history.pushState({}, '', '/evidence');
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Evidence' }, { timeout: 25_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  }, 30_000);

  it('gives an unknown address the friendly not-found page', async () => {
    window.history.pushState({}, '', '/no/such/page');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the error message, not a blank page, when a page throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <MemoryRouter>
        <RouteErrorBoundary>
          <Broken />
        </RouteErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    expect(screen.getByRole('link', { name: /case list/i })).toHaveAttribute('href', '/');
  });
});
