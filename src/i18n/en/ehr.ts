/** Opening the app from a health record (SMART launch), the read-in and filing the report. */
export const ehr = {
  start: {
    title: 'Opening from the health record',
    working: 'Connecting to the health record…',
  },
  callback: {
    working: 'Signing in and reading the patient’s record…',
  },
  errors: {
    heading: 'The app could not open from the health record',
    'not-configured':
      'This installation is not set up to open from a health record. The app works on its own as before: cases stay on this device.',
    'no-iss':
      'The link does not say which health record to open. Open the app from the record, or from the link the hospital provides.',
    'unknown-server': 'This installation is not set up for the health record at {detail}.',
    discovery: 'The health record did not say how to sign in ({detail}).',
    'no-pkce':
      'The health record does not offer the secure sign-in this app requires (PKCE with S256).',
    storage:
      'This browser would not keep the sign-in for this tab (site storage is blocked). Allow it and open the app from the record again.',
    state:
      'This sign-in answer does not belong to a sign-in started in this tab (it may be old, or from another tab). Open the app from the record again.',
    denied: 'The health record did not grant access ({detail}).',
    token: 'The health record did not complete the sign-in ({detail}).',
    'no-patient': 'The health record did not say which patient this is.',
    read: 'The patient’s record could not be read ({detail}). Nothing was saved.',
    'no-session': 'No health record is open in this tab. Open the app from the record.',
    home: 'Go to the cases',
  },
  banner: {
    label: 'Patient in the record',
    born: 'born {date}',
  },
  resource: {
    Patient: 'Patient',
    Condition: 'Condition',
    Observation: 'Observation',
    MedicationRequest: 'Medication order (MedicationRequest)',
    MedicationStatement: 'Medication statement (MedicationStatement)',
    Medication: 'Medication',
  },
  prefill: {
    title: 'New case from the health record',
    intro:
      'These values were read from the patient’s record. Check each one, and change or clear any that is wrong. Nothing is saved until you create the case, and nothing is sent to the record.',
    label: 'Case label',
    labelHint: 'A pseudonymous label (“Bed 12, left leg”), never the patient’s name.',
    defaultLabel: 'From the record, {date}',
    filledHeading: 'Filled in from the record',
    noneFilled: 'The record held nothing this case can be filled in with.',
    absentHint:
      'A field the record does not fill stays empty: that the record does not mention something does not mean “no”.',
    source: 'Source: {resource} “{what}”, {date}.',
    sourceUndated: 'Source: {resource} “{what}”.',
    sourceAge:
      'Source: the birth date in the record (Patient), as whole years today. The birth date is not kept.',
    sourceSex: 'Source: the gender in the record (Patient).',
    labsDate: 'The labs are dated {date}, the latest of the results filled in.',
    labsDates:
      'These results are from different dates: the case keeps one date for the labs, {date} (the latest).',
    unread:
      'The record did not answer the search for {resource} ({detail}): the drugs were not read. Fill in the antithrombotic drugs by hand.',
    notUsedHeading: 'In the record, not filled in',
    rejectedHeading: 'In the record, not accepted by the case',
    rejected: '{field}: {value}. {error}',
    create: 'Create the case',
    fixFirst: 'Correct the fields marked above first: the case is created only with valid values.',
  },
  filing: {
    heading: 'Health record',
    text: 'This case was opened from the health record in this tab.',
    link: 'Check and file the report in the record',
  },
  file: {
    title: 'File the report in the health record',
    intro:
      'This is what will be filed in the patient’s record, as one transaction. Nothing is sent until you confirm.',
    conclusion: 'Working conclusion',
    whatHeading: 'What is filed',
    report: 'A report ({categories}) with the working conclusion and what drove it.',
    reportNoResults: 'A report with the working conclusion and what drove it (no results yet).',
    newResults_one: '{count} result, filed with the report.',
    newResults_other: '{count} results, filed with the report.',
    recordResults_one: '{count} result already in the record, pointed at rather than filed again.',
    recordResults_other:
      '{count} results already in the record, pointed at rather than filed again.',
    condition: 'The conclusion as a diagnosis: {text}, {status}.',
    statuses: {
      confirmed: 'confirmed',
      provisional: 'provisional',
      differential: 'one of two possibilities',
      unconfirmed: 'unconfirmed',
    },
    requests: 'Proposed next: {names}.',
    noRequests: 'No next step is proposed: the workup is complete.',
    categories: {
      LAB: 'labs',
      RAD: 'imaging',
      SP: 'pathology',
    },
    confirm: 'File in the record',
    sending: 'Filing the report…',
    retry: 'Try again',
    download: 'Download the report (FHIR, .json)',
    downloaded: 'Downloaded {file}.',
    disconnect: 'Disconnect from the record',
    disconnected:
      'Disconnected: this tab has forgotten the sign-in and the link to the record. The case stays on this device.',
    back: 'Back to the summary',
    filed_one: 'Filed in the record: {count} new entry.',
    filed_other: 'Filed in the record: {count} new entries.',
    alreadyFiled:
      'Already in the record: the report had arrived before, and nothing was filed twice.',
    partly: 'Filed in the record: {created} new, {existing} already there from before.',
    noWrite:
      'This sign-in does not allow filing reports: the record granted no permission to create {types}. Download the report to file it another way; the case stays on this device.',
    expired:
      'The sign-in has expired. Download the report, or open the app from the record again; the case stays on this device.',
    refused:
      'The record refused the report (HTTP {status}{detail}). Nothing was filed. Download it, or try again.',
    network:
      'The connection dropped before the record answered: the report may or may not have arrived. Try again: a report that arrived is recognised and not filed twice. Or download it.',
    unreadable:
      'The record’s answer (HTTP {status}) could not be read: the report may or may not have arrived. Try again (it is not filed twice), or download it.',
    noCase: 'This case is not on this device.',
    notLaunched:
      'This case was not opened from the health record in this tab, so it cannot be filed from here. Download its FHIR Bundle from the summary instead.',
  },
} as const;
