import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { isLang, LANGUAGES } from '../../src/domain/languages';
import { SETTINGS_KEY } from '../../src/store/storage-places';
import { useSettings } from '../../src/store/settings';

/** A settings value as an earlier or another build saved it, read back as a reload would. */
async function reloadWith(lang: unknown) {
  localStorage.setItem(
    SETTINGS_KEY,
    JSON.stringify({ state: { lang, theme: 'dark', site: { unavailable: [] } }, version: 1 }),
  );
  await act(() => useSettings.persist.rehydrate());
}
const saved = () =>
  (JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as { state?: { lang?: string } }).state
    ?.lang;

afterEach(() => useSettings.setState({ lang: 'en', unavailableLang: undefined, theme: 'system' }));

/** A language this version does not ship (the first of a few it might one day). */
const UNSHIPPED = ['fr', 'de', 'it', 'pt'].find((code) => !isLang(code))!;

describe('the chosen language across a reload', () => {
  it('keeps every registered language', async () => {
    await reloadWith('es');
    expect(useSettings.getState().lang).toBe('es');
    expect(useSettings.getState().unavailableLang).toBeUndefined();
  });

  it('HAZ-74 says when the saved language is not in this version, and keeps it saved until the reader chooses', async () => {
    await reloadWith(UNSHIPPED);
    const { lang, unavailableLang } = useSettings.getState();
    expect(lang).toBe('en');
    expect(unavailableLang).toBe(UNSHIPPED);
    // Another setting changed meanwhile: the saved language is not overwritten.
    act(() => useSettings.getState().setTheme('light'));
    expect(saved()).toBe(UNSHIPPED);

    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
    const notice = await screen.findByText(
      `The language chosen before on this device (${UNSHIPPED}) is not in this version of the app, so it is shown in English.`,
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Keep English' }));
    expect(screen.queryByText(/language chosen before/)).toBeNull();
    expect(saved()).toBe('en');
  });

  it('choosing a language ends the notice and saves that language', async () => {
    await reloadWith(UNSHIPPED);
    act(() => useSettings.getState().setLang('es'));
    expect(useSettings.getState().unavailableLang).toBeUndefined();
    expect(saved()).toBe('es');
  });

  it('ignores a saved value that is not a language at all', async () => {
    await reloadWith(42);
    expect(useSettings.getState().unavailableLang).toBeUndefined();
  });
});

describe('the language picker', () => {
  it('names each language in itself, marked with its own lang so it is read out in that language', async () => {
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
    const picker = await screen.findByRole('combobox', { name: 'Language' });
    const options = [...picker.querySelectorAll('option')].map((o) => [o.lang, o.textContent]);
    // The registry's languages, in its order (each name checked as the language's own in
    // src/domain/languages.test.ts).
    expect(options).toEqual(LANGUAGES.map((l) => [l.code, l.name]));
    expect(options).toContainEqual(['es', 'Español']);
  });
});
