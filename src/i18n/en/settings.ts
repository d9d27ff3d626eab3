/** This site's settings page, the theme, and the settings as exported with a case. */
export const settings = {
  title: "This site's settings",
  intro:
    'Saved on this device only. They adapt the advice to this hospital and go with every exported case, so a reader knows what the advice assumed.',
  theme: {
    legend: 'Theme',
    system: 'As the system',
    light: 'Light',
    dark: 'Night (dark)',
    hint: 'Printing always uses the light theme.',
  },
  tests: {
    legend: 'Investigations available at this hospital',
    hint: 'Untick what this hospital cannot do: the advice never sends a patient for it and says what to do instead (the next best test, or refer).',
    wait: 'Typical wait for {name} (days, optional)',
    waitError: 'Enter whole days from 0 to 365, or leave it empty. Not saved.',
  },
  units: {
    legend: 'Units this laboratory reports',
    hint: 'A lab value typed without a unit takes this one.',
    calcium: 'Calcium',
    phosphate: 'Phosphate',
    none: 'Not set',
  },
  reset: 'Back to the defaults (every test available)',
};
