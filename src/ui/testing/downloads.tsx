import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';

/** What the download code handed to the browser: each Blob, and each link's file name. */
export interface CapturedDownloads {
  readonly blobs: Blob[];
  readonly names: string[];
}

/**
 * Capture every download (for a test's `beforeEach`): `URL.createObjectURL` records the Blob and
 * a link's `click()` records its file name instead of navigating.
 */
export function captureDownloads(): CapturedDownloads {
  const captured: CapturedDownloads = { blobs: [], names: [] };
  URL.createObjectURL = vi.fn((b: Blob) => {
    captured.blobs.push(b);
    return `blob:test/${captured.blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    captured.names.push(this.download);
  });
  return captured;
}

/** The component at `/`, with a stand-in wizard at `/cases/:caseId` for links that open a case. */
export function renderWithRouter(ui: ReactNode) {
  const router = createMemoryRouter(
    [
      { path: '/', element: ui },
      { path: '/cases/:caseId', element: <h1>Wizard stand-in</h1> },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  return { user, router };
}
