import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The service worker's registration and states as the update prompt sees them: a fake
 * `navigator.serviceWorker` plays the browser's part (a worker installing, installed, waiting).
 */

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
}

let registration: FakeRegistration;
let container: EventTarget & {
  controller: object | null;
  register: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('PROD', true);
  registration = new FakeRegistration();
  container = Object.assign(new EventTarget(), {
    controller: null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

async function hook(onNeedReload?: () => void) {
  const { useRegisterSW } = await import('./service-worker');
  return renderHook(() => useRegisterSW({ onNeedReload }));
}

describe('the service worker', () => {
  it('is registered once, under the base path, after the page has loaded', async () => {
    const first = await hook();
    first.rerender();
    await waitFor(() => expect(container.register).toHaveBeenCalledTimes(1));
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    first.unmount();
  });

  it('says "offline ready" once the first worker is installed, and nothing before', async () => {
    const worker = new FakeWorker();
    registration.installing = worker;
    const { result } = await hook();
    await waitFor(() => expect(container.register).toHaveBeenCalled());
    expect(result.current.offlineReady[0]).toBe(false);
    act(() => worker.become('installed'));
    expect(result.current.offlineReady[0]).toBe(true);
    expect(result.current.needRefresh[0]).toBe(false);
    act(() => result.current.offlineReady[1](false));
    expect(result.current.offlineReady[0]).toBe(false);
  });

  it('offers a new version installed while another controls the page, and swaps only when asked', async () => {
    container.controller = {};
    const onNeedReload = vi.fn();
    const { result } = await hook(onNeedReload);
    await waitFor(() => expect(container.register).toHaveBeenCalled());
    const next = new FakeWorker();
    registration.installing = next;
    act(() => {
      registration.dispatchEvent(new Event('updatefound'));
      next.become('installed');
    });
    expect(result.current.needRefresh[0]).toBe(true);
    expect(next.postMessage).not.toHaveBeenCalled();
    await act(() => result.current.updateServiceWorker(true));
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    // The page never reloads itself: the new version taking control is handed to the prompt.
    expect(onNeedReload).not.toHaveBeenCalled();
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(onNeedReload).toHaveBeenCalledTimes(1);
  });

  it('does not call a first worker claiming an uncontrolled page a new version', async () => {
    const onNeedReload = vi.fn();
    await hook(onNeedReload);
    await waitFor(() => expect(container.register).toHaveBeenCalled());
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(onNeedReload).not.toHaveBeenCalled();
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(onNeedReload).toHaveBeenCalledTimes(1);
  });

  it('offers a version already waiting when the page opens', async () => {
    container.controller = {};
    registration.waiting = new FakeWorker();
    const { result } = await hook();
    await waitFor(() => expect(result.current.needRefresh[0]).toBe(true));
  });
});
