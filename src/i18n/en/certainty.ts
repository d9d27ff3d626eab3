/** How sure the assessment is, and why not surer (engine 2). */
export const certainty = {
  heading: 'How sure, and why',
  conclusion: 'Working conclusion',
  tissue: 'What the lesion is made of',
  evidenceFor: 'Evidence for',
  evidenceAgainst: 'Evidence against',
  discordances: 'Findings that disagree',
  noted: 'Noted (the stronger evidence stands)',
  unresolved: 'Unresolved',
  resolve: 'What resolves it',
  whyNotSurer: 'Why not surer',
  contributors: 'Possible contributors',
  context: 'Context (does not override histology)',
  alsoNow: 'At the same visit',
  options: 'Options, with their trade-off',
  labInput: 'Lab values not used',
} as const;
