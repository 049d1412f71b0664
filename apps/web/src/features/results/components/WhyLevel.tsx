import type { ReactNode } from 'react';
import type { GateEvaluationDto, ResultDto } from '@assay/contracts';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { answerText, labelled, questionText } from '../answer-text.ts';

const STATUS_BADGE: Record<GateEvaluationDto['status'], string> = { passed: 'ok', failed: 'bad', unknown: 'warn' };

function GateItem({ gate, first, questionnaire }: { gate: GateEvaluationDto; first: boolean; questionnaire: Questionnaire }): ReactNode {
  const i18n = useI18n();
  const { t, text } = i18n;
  return (
    <li data-gate={gate.id} data-status={gate.status}>
      <div className="gate">
        <span className={`badge ${STATUS_BADGE[gate.status]}`}>{t(`gate.${gate.status}`)}</span>
        <strong>{text(gate.title)}</strong>
        {first && <span className="badge bad">{t('result.firstUnmet')}</span>}
      </div>
      <p className="small">
        {t('result.levelGate', { level: gate.level })} {text(gate.requirement)}
      </p>
      {gate.evidence.length > 0 && (
        <ul className="small muted">
          {gate.evidence.map((evidence) => (
            <li key={`${evidence.questionId}:${evidence.itemId ?? ''}`}>
              {labelled(questionText(i18n, questionnaire, evidence.questionId, evidence.itemId))}{' '}
              <strong>{answerText(i18n, questionnaire, evidence.questionId, evidence.answer, evidence.itemId)}</strong>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Why, in plain words: the engine's summary, then every gate with its status and the answers behind it. */
export function WhyLevel({ result, questionnaire }: { result: ResultDto; questionnaire: Questionnaire }): ReactNode {
  const { t, text } = useI18n();
  const passed = result.gates.filter((gate) => result.explanation.gatesPassed.includes(gate.id));
  const first = result.gates.find((gate) => gate.id === result.explanation.firstUnmetGate);
  return (
    <section className="card" aria-labelledby="why-heading">
      <h2 id="why-heading" style={{ marginTop: 0 }}>
        {t('result.why')}
      </h2>
      <p>{text(result.explanation.summary)}</p>
      <p>
        {passed.length > 0
          ? t('result.gatesPassed', { gates: passed.map((gate) => text(gate.title)).join(', ') })
          : t('result.noGatesPassed')}{' '}
        {first ? t('result.firstUnmetGate', { gate: text(first.title), level: first.level }) : t('result.allGatesPassed')}
      </p>
      <ul className="plain">
        {result.gates.map((gate) => (
          <GateItem key={gate.id} gate={gate} first={gate.id === first?.id} questionnaire={questionnaire} />
        ))}
      </ul>
    </section>
  );
}
