import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettings } from '../store/settings';
import { UpdatePrompt } from './update-prompt';

// The real module registers a service worker; here the test decides what the worker reported.
const pwa = vi.hoisted(() => ({
  initial: { needRefresh: false, offlineReady: false },
  updateServiceWorker: vi.fn<(reloadPage?: boolean) => Promise<void>>(),
}));

vi.mock('./service-worker', () => ({
  useRegisterSW: () => ({
    needRefresh: useState(pwa.initial.needRefresh),
    offlineReady: useState(pwa.initial.offlineReady),
    updateServiceWorker: pwa.updateServiceWorker,
  }),
}));

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

  it('speaks Spanish when the interface does', () => {
    useSettings.setState({ lang: 'es' });
    pwa.initial.needRefresh = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('button', { name: 'Actualizar ahora' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Más tarde' })).toBeInTheDocument();
  });
});
