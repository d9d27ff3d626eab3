/**
 * Strings of the identity guard and of labels shown safely: the warnings where a label or a
 * note is typed, and on a stored label that holds hidden characters, look-alike letters or what
 * looks like an identifier. Not on the first page: the new-case form loads them with its guard.
 */
export const privacy = {
  identity: {
    label:
      'This label may identify the patient: {found}. Use a pseudonym, such as the bed or a local code: the label is shown in this device’s case list and goes into the note and the case file. You can keep it as typed.',
    note: 'This text may identify the patient: {found}. Notes go into the note for the record, the case file and the FHIR export: record findings, not identifiers. It is saved as typed.',
    stored:
      'This label may identify the patient: {found}. Rename the case with a pseudonym (from the case list).',
    more_one: 'and {count} more',
    more_other: 'and {count} more',
    kinds: {
      name: 'what looks like a personal name (“{text}”)',
      'nhs-number': 'an NHS number (“{text}”: its check digit is valid)',
      dni: 'a Spanish DNI (“{text}”: its letter matches)',
      nie: 'a Spanish NIE (“{text}”: its letter matches)',
      'date-of-birth': 'a date of birth (“{text}”)',
      date: 'a date (“{text}”): a date of birth identifies a patient',
      phone: 'a phone number (“{text}”)',
      email: 'an e-mail address (“{text}”)',
      'record-number': 'a long number that could be a record or hospital number (“{text}”)',
    },
  },
  label: {
    savedAs: 'It will be saved as “{label}”.',
    breaks: 'A label is one line: line breaks become spaces.',
    hidden_one:
      '{count} invisible character (such as a zero-width space or a text-direction control) will be removed.',
    hidden_other:
      '{count} invisible characters (such as zero-width spaces or text-direction controls) will be removed.',
    lookAlike:
      'Letters from another alphabet that look like Latin ones: {letters}. Two labels that look the same could be mistaken for each other; retype them if they were not meant.',
    storedHidden:
      'This label holds characters that cannot be seen, or a line break, shown here as ⟨U+…⟩ and ⏎. Renaming the case removes them.',
    storedLookAlike:
      'This label has letters from another alphabet that look like Latin ones (marked): {letters}.',
    letter: '“{letter}” ({script})',
    scripts: {
      cyrillic: 'Cyrillic',
      greek: 'Greek',
      armenian: 'Armenian',
    },
    importTidied:
      'Its label was made one visible line (line breaks and invisible characters removed).',
    hiddenMark: 'hidden character',
  },
} as const;
