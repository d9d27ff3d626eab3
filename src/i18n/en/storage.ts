/** Strings of saving on the device: other tabs, failed writes, persistence and the all-cases backup. */
export const storage = {
  saveFailed: {
    title: 'Not saved on this device',
    quota: 'The browser’s storage for this app is full.',
    blocked: 'The browser refused to save (storage blocked, disabled or in private mode).',
    body: 'What you typed is still on screen and kept while this tab stays open; the cases saved earlier are untouched. Download all cases now so nothing is lost, then free some space and try again.',
    retry: 'Try saving again',
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
    tooLarge: 'The file is larger than the 5 MiB limit for a file of all cases.',
    summary_one: 'From {file}: {added} of {count} case added; no existing case was changed.',
    summary_other: 'From {file}: {added} of {count} cases added; no existing case was changed.',
    added: '“{label}” added.',
    copy: '“{label}” added as a new case: a different case with the same id was already here.',
    same: '“{label}” is already here, unchanged: not added again.',
    invalid: 'Case {n} in the file could not be read ({errors}): not added.',
  },
} as const;
