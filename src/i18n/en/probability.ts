/**
 * Strings of the pre-test / post-test explorer. Statistical wording shared with the export lives
 * in the domain (src/domain/probability/vocabulary.ts); clinical figures come from the registry.
 */
export const probability = {
  title: 'Pre-test / post-test explorer',
  intro:
    'How likely is bone now, and would the next test change anything? No study has measured any of these tests against histology in subcutaneous ossification of the legs in chronic venous insufficiency, so this explorer answers only as far as the sources go: the pre-test probability is a range from sourced anchors (or your own judgement), a likelihood ratio appears only where a source gives a 2×2 table, and every other test says so.',
  link: 'Pre-test / post-test explorer',
  linkHint: 'how much would a result change the probability?',
  toTable: 'Go to the data table',
  case: {
    label: 'Fill in results from a case',
    none: 'No case',
    filled:
      'Results filled in from “{label}”. You can change them here; the case itself is never changed.',
    unknown: 'There is no such case on this device: choose results by hand.',
    nothingDone: '“{label}” has no done imaging study with a result to fill in.',
  },
  pretest: {
    legend: 'Starting point',
    heading: 'Pre-test probability (a range, never one number)',
    intro: 'Choose the anchor closest to this leg, or set your own range.',
    noAnchors:
      'This version of the evidence registry holds no sourced pre-test anchor: set your own range.',
    range: 'Range {range}',
    setting: 'Setting: {setting}',
    applicability: 'Applicability: {applicability}.',
    noCounts:
      'No counts stand behind this figure, so it gives no range and is not offered as a starting point.',
    own: 'My own range (my clinical judgement)',
    ownNote: 'Shown everywhere as your judgement, not as evidence.',
    from: 'From (%)',
    to: 'To (%)',
    badRange: 'Enter two percentages from 0 to 100, the first no larger than the second.',
  },
  results: {
    heading: 'Results',
    intro:
      'For each investigation, choose the result to weigh. A likelihood ratio is shown only where a source gives a 2×2 table.',
    legend: '{name}: result',
    none: 'Not included',
    positive: 'Positive (a deposit seen)',
    negative: 'Negative (normal)',
    table:
      'Source: {cite}. {setting}. 2×2 table ({unit}; reference standard: {reference}): TP {tp}, FN {fn}, FP {fp}, TN {tn}.',
    positiveMeans: 'A positive result in the source: {text}.',
    whichTable: 'Which table (what counted as positive in the source)',
    strength: 'Strength: {grade}. {reason}',
    derivation: 'How the table follows from the source',
    extrapolated: 'Extrapolated: measured in another condition.',
    lr: '{name} {value} (95% CI {low}–{high}, log method)',
    lrNoCi: '{name} {value} (no confidence interval: a zero cell)',
    corrected:
      'Use the continuity-corrected value instead: {name} {value} (95% CI {low}–{high}), {label}',
    usingCorrected: 'In use: the continuity-corrected value, not the source’s estimate.',
    whatIf: 'What-if: assume an accuracy for this test',
    whatIfNote:
      'Your assumption, labelled as such everywhere; never stored, never shown as evidence.',
    sens: 'Assumed sensitivity (%)',
    spec: 'Assumed specificity (%)',
    badAssumption: 'Enter both as percentages from 0 to 100.',
    assumedLr: 'Assumed {name} {value}',
  },
  why: {
    lead: 'No post-test probability can be given for {label} yet:',
    leadNoCase: 'No post-test probability can be given yet:',
    noPretest:
      'no pre-test range is chosen (the population closest to this leg, or your own, below)',
    noResult: 'no result is chosen below',
    noTable:
      'the sources give no accuracy table (true and false positives and negatives against a reference standard) for {names}',
    undefinedLr:
      'the table for {names} has an empty cell, so its likelihood ratio is undefined (a continuity-corrected value, labelled as such, can be chosen below)',
    evidence:
      'an accuracy study of {names} against biopsy in legs with venous disease, giving all four cells, would allow one',
  },
  outcome: {
    heading: 'Post-test probability',
    waiting:
      'Choose a pre-test range and at least one result with a likelihood ratio to see a post-test probability.',
    band: 'Post-test probability: {band}, counting every uncertainty the app knows of (the pre-test range and the likelihood ratios’ confidence intervals).',
    atPoint: 'With the likelihood ratio’s point estimate: {range}.',
    independence: 'If the results were independent (the naive product, LR {lr}): {range}.',
    dependence:
      'If they all see the same thing (full dependence: only {name} counts, LR {lr}): {range}.',
    whatIf: 'This rests on your what-if assumption.',
    pretestIs: 'Pre-test: {range} ({source}).',
    judgement: 'your judgement',
  },
  thresholds: {
    heading: 'Would this result change what you do?',
    intro:
      'Set your own thresholds (Pauker and Kassirer, N Engl J Med 1980): below the test threshold you would neither test nor act; above the treatment/biopsy threshold you would act without more tests; between them, you test. No source gives these thresholds for this condition, so the app suggests none.',
    test: 'Test threshold (%)',
    treatment: 'Treatment / biopsy threshold (%)',
    notSet: 'Set both thresholds to get an answer.',
    bad: 'Enter two percentages from 0 to 100, the test threshold below the treatment threshold.',
    preZone: 'Before the result: {zones}.',
    postZone: 'After the result: {zones}.',
  },
  chart: {
    title: 'Post-test against pre-test probability',
    desc: 'Horizontal axis: pre-test probability, 0 to 100 %. Vertical axis: post-test probability. The shaded band spans independence to full dependence and the likelihood ratios’ confidence intervals; the dashed diagonal is “no test”; the shaded column is the pre-test range.',
    x: 'Pre-test probability',
    y: 'Post-test probability',
    legend: 'Key',
    legendBand: 'Band: every uncertainty the app knows of',
    legendIndependence: 'Line: independence (naive product)',
    legendDependence: 'Dotted line: full dependence',
    legendNoTest: 'Dashed diagonal: no test (post = pre)',
    legendRange: 'Column: the pre-test range',
    loading: 'Loading the chart…',
  },
  tree: {
    heading: 'In natural frequencies',
    intro:
      'The same arithmetic in counts, for {name} ({basis}). Each count is a range from the pre-test range and the accuracy’s intervals.',
    basisEvidence: 'from the source’s table',
    basisWhatIf: 'from your assumed accuracy',
    root: 'Of {n} legs like this, about {with} have the target condition and {without} do not.',
    withBranch: 'Of those with it, about {tp} test positive and {fn} test negative.',
    withoutBranch: 'Of those without it, about {fp} test positive and {tn} test negative.',
    none: 'No tree: it needs a pre-test range and a result with a sensitivity and a specificity.',
    target: 'Target condition of the pre-test anchor: {target}.',
  },
  target: {
    bone: 'bone (histology)',
    calcification: 'calcification (imaging), not bone',
    'scho-as-cited': 'SCHO, as cited by the case report',
    judgement: 'as you define it',
  },
  table: {
    caption: 'Post-test probability at chosen pre-test values (the chart’s data)',
    pre: 'Pre-test',
    independence: 'Independence',
    dependence: 'Full dependence',
    low: 'Band, lowest',
    high: 'Band, highest',
  },
  availability: {
    heading: 'Which investigations have a likelihood ratio',
    has: 'A 2×2 table in the sources ({cite}).',
    biopsy:
      'Biopsy is the reference standard itself: its own accuracy is not measured, so no likelihood ratio can be computed.',
  },
  export: {
    heading: 'Export the calculation',
    intro: 'A plain-text record of the calculation, with its sources. The case is not changed.',
    includeWhatIf: 'Include my what-if assumptions (labelled as assumptions)',
    copy: 'Copy the calculation',
    download: 'Download as text (.txt)',
    copied: 'Calculation copied to the clipboard.',
    copyFailed: 'The clipboard is blocked: select the text below and copy it by hand.',
    preview: 'The text to be exported',
  },
} as const;
