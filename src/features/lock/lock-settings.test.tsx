import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLock } from '../../store/lock';
import { changePasscode, turnOffLock } from '../../store/lock-actions';
import { useSettings } from '../../store/settings';
import { DeviceLockSettings } from './lock-settings';

vi.mock('../../store/lock-actions', () => ({
  changePasscode: vi.fn(),
  turnOffLock: vi.fn(),
  clearDevice: vi.fn(),
}));

/** A passcode check the test answers when it chooses (the key derivation takes a moment). */
function pending() {
  let answer: (ok: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((resolve) => (answer = resolve));
  return { promise, answer };
}

beforeEach(() => {
  vi.clearAllMocks();
  useSettings.setState({ lang: 'en' });
  useLock.setState({ status: 'open' });
});

const status = () => screen.getByText((_, el) => el?.classList.contains('lock-message') ?? false);

describe('the lock settings with the lock on', () => {
  it('does not try a new passcode that is too short, and says so', async () => {
    const user = userEvent.setup();
    render(<DeviceLockSettings />);
    await user.type(screen.getByLabelText('Current passcode'), 'old passcode');
    await user.type(screen.getByLabelText(/^New passcode/), 'short');
    await user.click(screen.getByRole('button', { name: 'Change the passcode' }));
    expect(status()).toHaveTextContent(
      'The passcode needs at least 6 characters. Nothing was set.',
    );
    expect(changePasscode).not.toHaveBeenCalled();
  });

  it('while a passcode is checked says so and takes no second action; a wrong one changes nothing and empties the fields', async () => {
    const check = pending();
    vi.mocked(changePasscode).mockReturnValue(check.promise);
    const user = userEvent.setup();
    render(<DeviceLockSettings />);
    await user.type(screen.getByLabelText('Current passcode'), 'not the one');
    await user.type(screen.getByLabelText(/^New passcode/), 'new passcode');
    await user.click(screen.getByRole('button', { name: 'Change the passcode' }));
    expect(status()).toHaveTextContent('Checking the passcode…');
    expect(screen.getByRole('button', { name: 'Change the passcode' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /turn the lock off/ })).toBeDisabled();
    check.answer(false);
    await waitFor(() =>
      expect(status()).toHaveTextContent('The current passcode is not right. Nothing was changed.'),
    );
    expect(changePasscode).toHaveBeenCalledWith('not the one', 'new passcode');
    expect(screen.getByLabelText('Current passcode')).toHaveValue('');
    expect(screen.getByLabelText(/^New passcode/)).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Change the passcode' })).toBeEnabled();
  });

  it('turns the lock off with the passcode, and says the cases are now stored unencrypted', async () => {
    vi.mocked(turnOffLock).mockResolvedValue(true);
    const user = userEvent.setup();
    render(<DeviceLockSettings />);
    await user.type(screen.getByLabelText('Passcode'), 'correct horse');
    await user.click(screen.getByRole('button', { name: /turn the lock off/ }));
    await waitFor(() =>
      expect(status()).toHaveTextContent('The lock is off; the cases are stored unencrypted.'),
    );
    expect(turnOffLock).toHaveBeenCalledWith('correct horse');
    expect(changePasscode).not.toHaveBeenCalled();
  });
});
