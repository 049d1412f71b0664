import type { ReactNode } from 'react';
import type { GateEvaluationDto, StoredResultDto } from '@assay/contracts';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { QuotedAnswers } from '../evidence.ts';
import { useResultWords } from '../words.ts';
import { EvidenceList } from './EvidenceList.tsx';

const STATUS_BADGE: Record<GateEvaluationDto['status'], string> = { passed: 'ok', failed: 'bad', unknown: 'warn', unanswered: 'warn' };

type Gate = StoredResultDto['gates'][number];

function GateItem({ gate, first, questionnaire, quoted }: { gate: Gate; first: boolean; questionnaire: Questionnaire; quoted: QuotedAnswers }): ReactNode {
  const { t, text } = useI18n();
  const words = useResultWords();
  return (
    <li data-gate={gate.id} data-status={gate.status}>
      <div className="gate">
        <span className={`badge ${STATUS_BADGE[gate.status]}`}>{t(`gate.${gate.status}`)}</span>
        <strong>{text(gate.title)}</strong>
        {first && <span className="badge bad">{t('result.firstUnmet')}</span>}
      </div>
      <p className="small">
        {t('result.levelGate', { level: gate.level })} {text(gate.requirement)}
        {gate.status === 'unanswered' && <> {words('gate.unansweredNote')}</>}
      </p>
      {gate.evidence.length > 0 && <EvidenceList evidence={gate.evidence} questionnaire={questionnaire} quoted={quoted} className="small muted" />}
    </li>
  );
}

/** Why, in plain words: the engine's summary, then every gate with its status and the answers behind it. */
export function WhyLevel({ result, questionnaire, quoted }: { result: StoredResultDto; questionnaire: Questionnaire; quoted: QuotedAnswers }): ReactNode {
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
          <GateItem key={gate.id} gate={gate} first={gate.id === first?.id} questionnaire={questionnaire} quoted={quoted} />
        ))}
      </ul>
    </section>
  );
}
