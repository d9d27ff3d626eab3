/** Shell, navigation and shared words. English is the source of every key. */
export const common = {
  appName: 'Leg ossification workup',
  appTagline:
    'Imaging workup for suspected subcutaneous ossification of the legs in chronic venous insufficiency',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    cases: 'Cases',
    compare: 'Compare modalities',
    evidence: 'Evidence',
    settings: 'Settings',
  },
  language: {
    label: 'Language',
    unavailable:
      'The language chosen before on this device ({code}) is not in this version of the app, so it is shown in {name}.',
    keep: 'Keep {name}',
  },
  disclaimer:
    'Decision support only. It does not replace clinical judgement; check every suggestion against the patient in front of you.',
  privacy: 'Data stay on this device.',
  privacyRecord:
    'Cases stay on this device. This tab is connected to the health record: it has read the patient’s record, and sends a report there only when you file it.',
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.',
    back: 'Back to the case list',
  },
  error: {
    title: 'Something went wrong on this page',
    body: 'Your cases are saved on this device and were not changed.',
    retry: 'Try again',
    home: 'Back to the case list',
    details: 'Technical details',
  },
  loading: 'Loading…',
  notMeasured: 'not measured',
  extrapolated: 'extrapolated',
  unconfirmed: 'unconfirmed',
  references: 'References',
  yes: 'Yes',
  no: 'No',
  unknown: 'Not recorded',
  close: 'Close',
  cancel: 'Cancel',
  update: {
    available: 'A new version is ready. Your cases stay saved on this device.',
    reload: 'Update now',
    later: 'Later',
    elsewhere:
      'A new version was started in another tab. This tab still runs the previous one until you reload it.',
    offlineReady: 'Ready to work offline.',
    dismiss: 'OK',
  },
} as const;
