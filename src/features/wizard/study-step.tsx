import type { ReactNode } from 'react';
import type { Case } from '../../domain/case/schema';
import { STEP_STUDIES } from '../../domain/modalities/core';
import type { Assessment } from '../../domain/engine/types';
import { MODALITIES } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { AdvicePanel } from './advice-panel';
import { AssessmentPanel } from './assessment-panel';
import { FindingsForm } from './findings-form';
import { LabFlags } from './labs-form';
import { AtAGlance, ModalityFacts } from './modality-facts';
import { StatusControl } from './status-control';
import type { WizardStepId } from './steps';
import { TimingPanel } from './timing-panel';

/**
 * A study step, the work first: the engine's advice in one short block (the next step, the
 * advice for this study, timing), then the findings (the result first, then status, date and
 * note); the reference material (what to look for, at a glance) follows in disclosures, closed
 * on a phone.
 */
export function StudyStep({
  c,
  step,
  assessment,
  lead,
}: {
  c: Case;
  step: Exclude<WizardStepId, 'patient'>;
  assessment: Assessment | undefined;
  /** What the engine recommends next: the first line of the advice block. */
  lead?: ReactNode;
}) {
  const { t, tx } = useT();
  const modalities = STEP_STUDIES[step];
  const several = modalities.length > 1;
  const hasTimingWarning = assessment?.timing.warnings.some(
    (w) => w.modality !== undefined && modalities.includes(w.modality),
  );

  return (
    <>
      <div className="advice-block">
        {lead}
        {assessment ? <AdvicePanel modalities={modalities} assessment={assessment} /> : null}
        {assessment && (step === 'xray' || hasTimingWarning) ? (
          <TimingPanel
            assessment={assessment}
            modalities={modalities}
            showXrayDate={step === 'xray'}
          />
        ) : null}
      </div>
      {modalities.map((id) => {
        // Several studies on one step (CT / MRI): short names keep the headings and the status
        // legend to one line each, so the first field stays in a phone's first screen.
        const name = tx(several ? MODALITIES[id].shortName : MODALITIES[id].name);
        const prefix = several ? `${tx(MODALITIES[id].shortName)}: ` : '';
        return (
          <section
            key={id}
            className={`card study${several ? '' : ' study-single'}`}
            aria-labelledby={`findings-${id}`}
          >
            <h2 id={`findings-${id}`}>
              {several
                ? t('wizard.findings.headingFor', { modality: tx(MODALITIES[id].shortName) })
                : t('wizard.findings.heading')}
            </h2>
            {/* The result first: recording it marks a study not yet started as done. */}
            <FindingsForm c={c} studyId={id} labelPrefix={prefix} />
            <StatusControl
              caseId={c.id}
              studyId={id}
              study={c.studies[id]}
              modalityName={name}
              labelPrefix={prefix}
            />
          </section>
        );
      })}
      {/* How sure, and why not surer: right after the form, so that on a phone the form is in the
          first screen; the next-step callout above already names an unresolved disagreement. */}
      {assessment ? <AssessmentPanel assessment={assessment} /> : null}
      {step === 'labs' && assessment ? <LabFlags assessment={assessment} /> : null}
      {modalities.map((id) => (
        <ModalityFacts key={`facts-${id}`} id={id} showName={several} />
      ))}
      {modalities.map((id) => (
        <AtAGlance key={`glance-${id}`} id={id} showName={several} />
      ))}
    </>
  );
}
