import type { Case } from '../../case/schema';
import { seedCase } from '../../case/fixtures';

/** Free text that must stay inert and intact in every rendering. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  mdLink: '[click](javascript:alert(1))',
  rtl: '\u202Eabc',
  emoji: 'Dolor 😖 en 🦵 — 👩🏽‍⚕️',
  long: 'x'.repeat(10_000),
} as const;

/** The seed case with hostile text in the label, the history and every study note. */
export function hostileCase(today: string): Case {
  const c = seedCase(today);
  const note = `${HOSTILE.script} ${HOSTILE.img}\n${HOSTILE.mdLink}\n# heading\n- list ${HOSTILE.rtl} ${HOSTILE.emoji}`;
  return {
    ...c,
    label: `${HOSTILE.script}${HOSTILE.mdLink}${HOSTILE.rtl}`,
    patient: { ...c.patient, history: `${HOSTILE.img} ${HOSTILE.long} ${HOSTILE.emoji}` },
    studies: {
      ...c.studies,
      labs: { ...c.studies.labs, note },
      xray: { ...c.studies.xray, note },
      biopsy: { ...c.studies.biopsy, note: HOSTILE.long },
    },
  };
}
