/** Strings of the evidence page. */
export const evidence = {
  title: 'Evidence',
  intro:
    'Every number and clinical statement in this app comes from the sources below, each with the setting it was studied in.',
  caveat:
    'No study has measured the accuracy of any test for subcutaneous ossification of the legs in chronic venous insufficiency. Accuracy figures come from other kinds of heterotopic ossification or calcinosis and are marked “extrapolated”. Where no figure exists, the app says “not measured”.',
  keyStatements: 'What the source case report says',
  prevalence: 'How common it is (as cited by the case report)',
  ceap: 'Venous disease classification (CEAP 2020)',
  referencesTitle: 'References ({count})',
  setting: 'Setting studied',
  status: {
    S: 'Read in the source text',
    S2: 'Read in a secondary source citing the original',
  },
  seedBadge: 'The case report this app is built from',
  doi: 'DOI {doi}',
  pmid: 'PubMed {pmid}',
  opensElsewhere: '(opens another site)',
} as const;
