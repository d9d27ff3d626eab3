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
} as const;
