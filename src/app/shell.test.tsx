import { act, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { renderPage, renderShell, STATIC_PAGES } from './shell';
import { takeOverShell } from './shell-takeover';

/** The shell written into index.html at build time, as the browser would parse it. */
function parseShell(): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = renderShell();
  return div;
}

describe('the first page drawn at build time', () => {
  it('is the layout and the empty case list in English, with its landmarks', () => {
    const shell = parseShell();
    expect(shell.querySelector('h1')?.textContent).toBe('Cases');
    expect(shell.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(shell.querySelector('header')).not.toBeNull();
    expect(shell.querySelector('footer')?.textContent).toMatch(/does not replace clinical/);
    expect(shell.querySelector('.empty')?.textContent).toMatch(/^No cases yet\./);
  });

  it('cannot be used before the app takes over: every control disabled, main busy', () => {
    const shell = parseShell();
    const controls = [...shell.querySelectorAll('input, select, button')];
    expect(controls.length).toBeGreaterThanOrEqual(3);
    for (const c of controls) expect(c).toBeDisabled();
    expect(shell.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('is taken over by React without a mismatch: the same nodes, controls enabled, nothing logged', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderShell();
    document.body.append(container);
    const painted = container.querySelector('.empty');
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    takeOverShell(container);
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App />
        </StrictMode>,
        { onRecoverableError: (e) => recoverable.push(e) },
      );
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('[disabled], [aria-busy], [data-shell-added]')).toBeNull();
    // The very nodes the browser painted are React's now (so the largest paint stays the first).
    expect(painted?.isConnected).toBe(true);
    expect(container.querySelector('.empty')).toBe(painted);
    // The panels that wait for the takeover load (lazily) after it; on a loaded machine that can
    // take more than findBy's default second. Unmounted only once they are in, so nothing loads
    // after the test has ended.
    const wait = { timeout: 20_000 };
    expect(await screen.findByRole('button', { name: 'Download all cases' }, wait)).toBeEnabled();
    expect(await screen.findByLabelText('Choose a case file', {}, wait)).toBeEnabled();
    act(() => root?.unmount());
    container.remove();
  });
});

describe('the pages drawn at build time into pages of their own (compare.html, probability.html)', () => {
  const headings: Record<string, string> = {
    compare: 'Compare the investigations',
    probability: 'Pre-test / post-test explorer',
  };

  it('are those two, each in the layout, in English, every string resolved', async () => {
    expect(Object.keys(STATIC_PAGES)).toEqual(Object.keys(headings));
    for (const [path, heading] of Object.entries(headings)) {
      const div = document.createElement('div');
      div.innerHTML = await renderPage(path);
      expect(div.querySelector('main h1')?.textContent).toBe(heading);
      expect(div.querySelector('nav[aria-label="Main"]')).not.toBeNull();
      expect(div.querySelector('footer')?.textContent).toMatch(/does not replace clinical/);
      // Every string resolved: no catalogue key drawn in place of its text.
      expect(div.textContent).not.toMatch(/\b(compare|probability|common)\.[a-z]+\.[a-zA-Z.]+/);
    }
  });

  it('cannot be used before the app draws them, and carry no inline style the security policy would refuse', async () => {
    for (const path of Object.keys(headings)) {
      const html = await renderPage(path);
      const div = document.createElement('div');
      div.innerHTML = html;
      const controls = [...div.querySelectorAll('input, select, button')];
      expect(controls.length).toBeGreaterThan(0);
      for (const c of controls) expect(c).toBeDisabled();
      expect(div.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
      expect(html).not.toMatch(/ style="/);
    }
  });
});
