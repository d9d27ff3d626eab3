/** Strings of the cases feature. */
export const cases = {
  title: 'Cases',
  empty:
    'No cases yet. This app guides the imaging workup of hard plaques in the legs of a patient with chronic venous insufficiency, one step at a time, and keeps everything on this device.',
  new: {
    heading: 'New case',
    label: 'Case label',
    hint: 'A pseudonym such as "Bed 12, left leg". Never the patient\'s real name.',
    submit: 'Create case',
    errorEmpty: 'Enter a label.',
    errorTooLong: 'At most {max} characters.',
  },
  list: {
    heading: 'Saved cases ({count})',
  },
  status: {
    deleted: 'Case "{label}" deleted. Undo is possible until this tab is closed or reloaded.',
    undo: 'Undo',
    dismiss: 'Dismiss',
    restored: 'Case "{label}" restored.',
    duplicated: 'Copy created: "{label}".',
    renamed: 'Renamed to "{label}".',
  },
  backup: {
    heading: 'Keep the cases safe',
    granted:
      'Storage is persistent: this browser has agreed not to clear these cases on its own. They are still only on this device.',
    denied:
      'Storage is not persistent: some browsers clear a site’s data after days without a visit unless the app is installed. Download all cases from time to time as a backup.',
    unknown:
      'This browser does not say whether it keeps the cases. Download all cases from time to time as a backup.',
    download: 'Download all cases',
  },
  import: {
    heading: 'Import a case file',
    hint: 'A .json file exported from this app: one case (up to 1 MiB) or all cases. Each case is added; no existing case is changed or overwritten.',
    choose: 'Choose a case file',
    drop: 'Or drop a case file here',
    dropActive: 'Drop the file to import it',
  },
} as const;
