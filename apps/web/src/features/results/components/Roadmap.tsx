import { useEffect, useRef, type ReactNode } from 'react';
import type { ResultDto, RoadmapStepDto, StepReasonDto } from '@assay/contracts';
import { STAGES, getPractice, type Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { QuotedAnswers } from '../evidence.ts';
import { useResultWords } from '../words.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { Share } from './Share.tsx';

function Reason({ reason, result, practiceTitle }: { reason: StepReasonDto; result: ResultDto; practiceTitle: (id: string) => string }): ReactNode {
  const { text } = useI18n();
  const words = useResultWords();
  switch (reason.kind) {
    case 'gate': {
      const gate = result.gates.find((g) => g.id === reason.gateId);
      return <>{words('roadmap.why.gate', { level: reason.level, gate: gate ? text(gate.title) : reason.gateId })}</>;
    }
    case 'foundation':
      return <>{words('roadmap.why.foundation', { practice: practiceTitle(reason.practiceId), reason: text(reason.reason) })}</>;
    case 'unlocks':
      return <>{words('roadmap.why.unlocks', { practice: practiceTitle(reason.practiceId), reason: text(reason.reason) })}</>;
    case 'hotspot': {
      const gap = result.gaps.find((g) => g.id === reason.gapId);
      return <>{words('roadmap.why.hotspot', { gap: gap ? text(gap.title) : reason.gapId })}</>;
    }
  }
}

function Step({ step, result, questionnaire, quoted, practiceTitle }: {
  step: RoadmapStepDto;
  result: ResultDto;
  questionnaire: Questionnaire;
  quoted: QuotedAnswers;
  practiceTitle: (id: string) => string;
}): ReactNode {
  const { text } = useI18n();
  const words = useResultWords();
  const now = words(`status.${step.now}`);
  const target = words(`status.${step.target}`);
  const before = step.after.map((id) => result.roadmap.find((s) => s.practiceId === id)).filter((s) => s !== undefined);
  return (
    <li className="step" data-step={step.practiceId} data-order={step.order} data-now={step.now}>
      <details>
        <summary>
          <span className="step-order">{words('roadmap.stepNumber', { order: step.order })}</span>{' '}
          <strong className="step-title">{text(step.title)}</strong>{' '}
          <span className="step-state">
            <span className="muted">{words('roadmap.now')}</span> <span className={`state state-${step.now}`}>{now}</span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden">, </span>
            <span className="muted">{words('roadmap.wanted')}</span> <span className="state">{target}</span>
          </span>{' '}
          <span className="badge effort">{words('roadmap.effortShort', { size: step.effort })}</span>
        </summary>
        <div className="step-body">
          <p>
            <strong>{words('roadmap.action')}:</strong> {text(step.action)}
          </p>
          <h4>{words('roadmap.state')}</h4>
          <p>
            {words('roadmap.stateLine', { now, target })}{' '}
            {words(step.targetSource === 'team' ? 'roadmap.targetTeam' : 'roadmap.targetDefault', { reason: text(step.targetReason) })}
          </p>
          <h4>{words('roadmap.effort')}</h4>
          <p>{words('roadmap.effortLine', { size: step.effort, word: words(`effort.${step.effort}`), reason: text(step.effortReason) })}</p>
          {step.why.length > 0 && (
            <>
              <h4>{words('roadmap.why')}</h4>
              <ul>
                {step.why.map((reason, index) => (
                  <li key={index} data-reason={reason.kind}>
                    <Reason reason={reason} result={result} practiceTitle={practiceTitle} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{words('roadmap.after')}</h4>
          {before.length === 0 ? (
            <p>{words('roadmap.afterNone')}</p>
          ) : (
            <ul>
              {before.map((s) => (
                <li key={s.practiceId}>{words('roadmap.afterStep', { order: s.order, title: text(s.title) })}</li>
              ))}
            </ul>
          )}
          {step.evidence.length > 0 && (
            <>
              <h4>{words('roadmap.evidence')}</h4>
              <EvidenceList evidence={step.evidence} questionnaire={questionnaire} quoted={quoted} />
            </>
          )}
          {step.share !== null && (
            <>
              <h4>{words('roadmap.share')}</h4>
              <Share share={step.share} engineVersion={result.engineVersion} />
            </>
          )}
        </div>
      </details>
    </li>
  );
}

/**
 * The roadmap as an ordered plan grouped by stage (foundations, delivery, operations): each step
 * keeps the engine's number, and opens to the state now and wanted, the effort, why, the steps it
 * comes after, the answers behind it and the paper's share.
 */
export function Roadmap({ result, questionnaire, quoted }: { result: ResultDto; questionnaire: Questionnaire; quoted: QuotedAnswers }): ReactNode {
  const { text } = useI18n();
  const words = useResultWords();
  const practiceTitle = (id: string): string => {
    const step = result.roadmap.find((s) => s.practiceId === id);
    if (step) return text(step.title);
    const practice = getPractice(id);
    return practice ? text(practice.title) : id;
  };
  const ordered = [...result.roadmap].sort((a, b) => a.order - b.order);
  const sectionRef = useRef<HTMLElement>(null);
  // A printed report is read on paper, where nothing can be opened: print every step open.
  useEffect(() => {
    const openAll = (): void => {
      for (const details of sectionRef.current?.querySelectorAll('details') ?? []) details.open = true;
    };
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
  return (
    <section ref={sectionRef} className="card" aria-labelledby="roadmap-heading">
      <h2 id="roadmap-heading" style={{ marginTop: 0 }}>
        {words('roadmap.heading')}
      </h2>
      {ordered.length === 0 ? (
        <p>{words('roadmap.empty')}</p>
      ) : (
        <>
          <p className="small muted">{words('roadmap.lead')}</p>
          {STAGES.map((stage) => {
            const steps = ordered.filter((step) => step.stage === stage);
            if (steps.length === 0) return null;
            return (
              <div key={stage} className="stage" data-stage={stage}>
                <h3 id={`stage-${stage}`}>{words(`roadmap.stage.${stage}`)}</h3>
                <p className="small muted">{words(`roadmap.stageLead.${stage}`)}</p>
                <ol className="steps" aria-labelledby={`stage-${stage}`}>
                  {steps.map((step) => (
                    <Step key={step.practiceId} step={step} result={result} questionnaire={questionnaire} quoted={quoted} practiceTitle={practiceTitle} />
                  ))}
                </ol>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
