import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettings } from '../store/settings';
import { page, UpdatePrompt } from './update-prompt';

// The real module registers a service worker; here the test decides what the worker reported.
const pwa = vi.hoisted(() => ({
  initial: { needRefresh: false, offlineReady: false },
  updateServiceWorker: vi.fn<(reloadPage?: boolean) => Promise<void>>(),
  /** What the app asked to be called when the new version takes control of this tab. */
  onNeedReload: undefined as (() => void) | undefined,
}));

vi.mock('./service-worker', () => ({
  useRegisterSW: (options: { onNeedReload?: () => void } = {}) => {
    pwa.onNeedReload = options.onNeedReload;
    return {
      needRefresh: useState(pwa.initial.needRefresh),
      offlineReady: useState(pwa.initial.offlineReady),
      updateServiceWorker: pwa.updateServiceWorker,
    };
  },
}));

/** The new version takes control of every open tab (what "Update now" in any tab causes). */
const takeover = () => act(() => pwa.onNeedReload?.());

describe('UpdatePrompt', () => {
  beforeEach(() => {
    useSettings.setState({ lang: 'en' });
    pwa.initial = { needRefresh: false, offlineReady: false };
    pwa.updateServiceWorker.mockReset().mockResolvedValue(undefined);
  });

  it('shows nothing while the service worker has nothing to say', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a new version in a polite live region without swapping it in', () => {
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('A new version is ready.');
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('activates the waiting version and reloads when asked', async () => {
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('hides the offer on Later and keeps the current version', async () => {
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('says once that the app is ready offline, and can be dismissed', async () => {
    pwa.initial.offlineReady = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline.');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('never reloads a tab whose user did not choose Update now: it says a new version started elsewhere', async () => {
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => {});
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    // Another tab's user chose "Update now": the new version now controls this tab too.
    takeover();
    await Promise.resolve();
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version was started in another tab. This tab still runs the previous one',
    );
    // Its own user decides.
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('reloads the tab whose user chose Update now once the new version controls it', async () => {
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => {});
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(reload).not.toHaveBeenCalled();
    takeover();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('speaks Spanish when the interface does', () => {
    useSettings.setState({ lang: 'es' });
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('button', { name: 'Actualizar ahora' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Más tarde' })).toBeInTheDocument();
  });
});
