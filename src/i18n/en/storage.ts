/** Strings of saving on the device: other tabs, failed writes, persistence and the all-cases backup. */
export const storage = {
  saveFailed: {
    title: 'Not saved on this device',
    quota: 'The browser’s storage for this app is full.',
    blocked: 'The browser refused to save (storage blocked, disabled or in private mode).',
    body: 'What you typed is still on screen and kept while this tab stays open; the cases saved earlier are untouched. Download all cases now so nothing is lost, then free some space and try again.',
    retry: 'Try saving again',
    newer:
      'Cases on this device were saved by a newer version of this app ({version}). This tab has stopped saving, so that it cannot overwrite them.',
    newerBody:
      'What you typed here is still on screen but not saved. Download all cases to keep it, then reload this page to use the newer version.',
    reload: 'Reload this page',
  },
  status: {
    saving: 'Saving…',
    saved: 'Saved on this device',
  },
  conflict: {
    title: 'Changed in another tab',
    item: '“{label}”, {field}: another tab changed it to “{theirs}” after this tab saved “{mine}”.',
    labelField: 'case label',
    empty: 'empty',
    keepMine: 'Keep “{mine}”',
    dismiss: 'Hide these messages',
  },
  backup: {
    downloaded_one: 'Downloaded {count} case in {file}.',
    downloaded_other: 'Downloaded {count} cases in {file}.',
    none: 'There is no case to download yet.',
  },
  import: {
    tooLarge:
      'The file is larger than the space this browser still gives this app on this device (about {free} MB). Free some space, then try again.',
    progress: 'Reading the cases: {done} of {count}',
    saving_one: 'Saving {count} case…',
    saving_other: 'Saving {count} cases…',
    notSaved:
      'The cases are on screen but could not be saved on this device: see the message at the top of the page.',
    more_one: '… and {count} more case added.',
    more_other: '… and {count} more cases added.',
    summary_one: 'From {file}: {added} of {count} case added; no existing case was changed.',
    summary_other: 'From {file}: {added} of {count} cases added; no existing case was changed.',
    added: '“{label}” added.',
    copy: '“{label}” added as a new case: a different case with the same id was already here.',
    same: '“{label}” is already here, unchanged: not added again.',
    invalid: 'Case {n} in the file could not be read ({errors}): not added.',
  },
} as const;
