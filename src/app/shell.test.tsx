import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from './routes';
import { renderShell } from './shell';

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

  it("keeps no React markers, and says what the app's first frame says", () => {
    const html = renderShell();
    expect(html).not.toMatch(/<!--|<template/);
    const router = createMemoryRouter(routes, { initialEntries: ['/'] });
    const { container } = render(<RouterProvider router={router} />);
    expect(parseShell().textContent).toBe(container.textContent);
  });
});
