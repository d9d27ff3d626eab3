/**
 * Strings the case list draws only when there are saved cases (a case's card) or the saved data
 * could not be read (the load-problem alert). Not on the first page: they load after the first
 * paint with the rest of the language, and those components wait for them.
 */
export const savedCases = {
  // Under the conclusion on a case card (the engine's tissue answer).
  cardTissue: 'Tissue: {tissue}',
  cardDisagree: 'Unresolved disagreements: {n}',
  list: {
    created: 'Created',
    updated: 'Updated',
    conclusion: 'Working conclusion',
    next: 'Next step',
    complete: 'Nothing left to order',
    unavailable: 'Not available',
    search: 'Find a case by its label',
    matches_one: '{count} case matches.',
    matches_other: '{count} cases match.',
    noMatch: 'No case label contains “{query}”.',
    showing: 'Showing {shown} of {count}.',
    more: 'Show {n} more',
  },
  actions: {
    group: 'Actions for {label}',
    open: 'Open',
    openNamed: 'Open {label}',
    rename: 'Rename',
    renameLabel: 'New label for {label}',
    save: 'Save',
    cancel: 'Cancel',
    duplicate: 'Duplicate',
    delete: 'Delete',
    confirmDelete: 'Delete "{label}"? Its findings will be removed from this device.',
    confirmYes: 'Yes, delete',
    copyLabel: '{label} (copy)',
  },
  load: {
    'corrupt-json': 'The saved cases could not be read: the stored data is damaged.',
    'wrong-shape': 'The saved cases were in an unexpected format.',
    'future-version': 'The saved cases come from a newer version of this app.',
    'some-cases-unreadable': 'Some saved cases could not be read.',
    recovered_one: '{count} case was read and is safe.',
    recovered_other: '{count} cases were read and are safe.',
    keptAside_one: '{count} entry is kept aside.',
    keptAside_other: '{count} entries are kept aside.',
    kept: 'Nothing has been deleted: a copy of the saved data is kept on this device until you discard it.',
    held: 'No copy could be made on this device, so changes are not saved until you download the data or discard it.',
    download: 'Download the saved data',
    discard: 'Discard the unreadable data',
    discardConfirm: 'Discard the unreadable data for good? Download it first if you may need it.',
    discardYes: 'Yes, discard',
    dismiss: 'Hide this message',
    details: 'Technical details',
  },
} as const;
