/** The device lock (shared ward devices) and "Clear this device". */
export const lock = {
  screen: {
    title: 'This device is locked',
    intro: 'The cases on this device are encrypted. Enter the passcode to see them.',
    passcode: 'Passcode',
    unlock: 'Unlock',
    unlocking: 'Checking the passcode…',
    wrong: 'That passcode is not right. Nothing was shown or changed.',
    wrongWait:
      'That passcode is not right. After {count} wrong attempts, the next one can be made in {seconds} seconds.',
    wait: 'Too many wrong attempts: try again in {seconds} seconds. Nothing has been erased.',
    damaged:
      'The lock’s record on this device is damaged, so the cases cannot be opened. Nothing has been erased.',
    forgot: 'Forgot the passcode?',
    forgotText:
      'Without the passcode the cases on this device cannot be opened by anyone, and there is no way to recover them. You can erase them and start again: the cases are gone for good (a backup file downloaded earlier can be imported again). This site’s settings stay.',
    forgotConfirm: 'I understand: erase every case on this device',
    forgotErase: 'Erase the cases and remove the lock',
    forgotCancel: 'Keep them and try again',
    erased: 'The cases and the lock were erased from this device.',
  },
  setup: {
    title: 'Set a passcode for this device',
    required:
      'This site asks every shared ward device to be locked: set a passcode before cases are shown.',
    warning:
      'If the passcode is forgotten, the cases on this device cannot be recovered by anyone, including IT. Before setting one, keep a backup (Download all cases on the case list) somewhere the hospital allows.',
    passcode: 'New passcode (at least {count} characters)',
    again: 'The same passcode again',
    hint: 'A longer passphrase protects better than a short number if the device is lost.',
    submit: 'Set the passcode and encrypt the cases',
    working: 'Encrypting the cases…',
    tooShort: 'The passcode needs at least {count} characters. Nothing was set.',
    mismatch: 'The two passcodes differ. Nothing was set.',
    unreadableKept:
      'Saved data that could not be read is kept aside unencrypted. Download or discard it on the case list first; nothing was set.',
    notSaved: 'A change is not yet saved on this device. Try again once it is; nothing was set.',
    failed:
      'Some cases could not be encrypted yet. The lock is set; the next unlock finishes the work.',
  },
  settings: {
    legend: 'Lock for shared ward devices',
    hint: 'With a lock, the cases on this device are encrypted, and the app locks itself after a time without use.',
    off: 'This device has no lock: its cases are stored unencrypted.',
    on: 'This device is locked after {minutes} minutes without use; its cases are encrypted.',
    required: 'Require a lock on every device of this site',
    requiredHint:
      'A device without a lock is asked to set one before cases are shown. This is a setting of this site on this device.',
    minutes: 'Lock after this many minutes without use ({min} to {max})',
    minutesError: 'Enter whole minutes from {min} to {max}. Not saved.',
    lockNow: 'Lock now',
    change: 'Change the passcode',
    current: 'Current passcode',
    newPasscode: 'New passcode (at least {count} characters)',
    changeSubmit: 'Change the passcode',
    changed: 'The passcode was changed.',
    wrongCurrent: 'The current passcode is not right. Nothing was changed.',
    turnOff: 'Turn the lock off',
    turnOffHint:
      'The cases are decrypted and stored unencrypted on this device again. Enter the passcode to confirm.',
    turnOffSubmit: 'Decrypt the cases and turn the lock off',
    turnedOff: 'The lock is off; the cases are stored unencrypted.',
  },
  clear: {
    legend: 'Clear this device',
    hint: 'For a device leaving the ward, or handed to someone else.',
    button: 'Clear this device…',
    confirmText:
      'This removes from this device, for good: every case (and any unsaved change), every setting of this site, the lock and its passcode, the app’s saved files for offline use and its service worker. Download a backup first if the cases are needed.',
    confirm: 'Clear everything',
    cancel: 'Cancel',
    working: 'Clearing…',
    done: 'This device was cleared: no case, setting, lock or saved file of this app is left on it. Close this tab; opening the app again starts afresh.',
    doneElsewhere:
      'This device was cleared in another tab: nothing of this app is left on it. Close this tab.',
    left: 'Some of it could not be removed: {what}. Close every tab of the app and try again.',
  },
};
