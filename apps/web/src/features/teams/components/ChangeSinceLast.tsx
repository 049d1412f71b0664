import type { ReactNode } from 'react';
import type { TeamHistory } from '@assay/contracts';
import { DIMENSIONS, GATES, QUESTIONNAIRES, type LocalizedText } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

type Change = NonNullable<TeamHistory['change']>;
type GapSummary = Change['comparison']['gapsNew'][number];

/**
 * A question's prompt by id. The comparison does not say which versions it compares, so look in
 * every version: the oldest first for a question only the previous result asked, the newest first
 * for one only the current result asks.
 */
function promptOf(id: string, newestFirst: boolean): LocalizedText | null {
  const versions = newestFirst ? [...QUESTIONNAIRES].reverse() : QUESTIONNAIRES;
  for (const questionnaire of versions) {
    const question = questionnaire.questions.find((q) => q.id === id);
    if (question) return question.prompt;
  }
  return null;
}

function GapSummaries({ label, gaps, testId }: { label: string; gaps: readonly GapSummary[]; testId: string }): ReactNode {
  const { t, text } = useI18n();
  if (gaps.length === 0) return null;
  return (
    <div data-testid={testId}>
      <p>{label}</p>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.id} data-gap={gap.id}>
            <span className="badge gap-kind">{t(`gap.kind.${gap.kind}`)}</span> {text(gap.title)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Questions one version asks and the other does not, by their prompt in the reader's language. */
function QuestionList({ label, ids, newestFirst }: { label: string; ids: readonly string[]; newestFirst: boolean }): ReactNode {
  const { text } = useI18n();
  if (ids.length === 0) return null;
  return (
    <>
      <p className="small">{label}</p>
      <ul className="small">
        {ids.map((id) => {
          const prompt = promptOf(id, newestFirst);
          return (
            <li key={id} data-question={id}>
              {prompt ? text(prompt) : id}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** What changed from the assessment before the latest to the latest: level, gaps, dimension scores. */
export function ChangeSinceLast({ change }: { change: Change }): ReactNode {
  const { t, text } = useI18n();
  const gateTitle = (id: string): string => {
    const gate = GATES.find((g) => g.id === id);
    return gate ? text(gate.title) : id;
  };
  const dimensionLabel = (id: string): string => {
    const dimension = DIMENSIONS.find((d) => d.id === id);
    return dimension ? text(dimension.label) : id;
  };
  const { comparison } = change;
  const moved = comparison.dimensions.filter((d) => d.delta !== null && d.delta !== 0);
  const unmatched = comparison.questionsWithoutCounterpart;
  return (
    <div className="stack" data-testid="team-change">
      <h3>{t('change.title')}</h3>
      <p>
        {comparison.levelChange === 0
          ? t('change.levelSame', { level: comparison.currentLevel })
          : t('change.levelMoved', { from: comparison.previousLevel, to: comparison.currentLevel })}
      </p>
      {(comparison.engineChanged || comparison.questionnaireChanged) && <p className="alert warn small">{t('change.versions')}</p>}
      {change.respondents.previous !== change.respondents.current && (
        <p className="alert warn small" data-testid="respondents-changed">
          {t('change.respondents', { previous: change.respondents.previous, current: change.respondents.current })}
        </p>
      )}
      {comparison.gatesNewlyPassed.length > 0 && <p>{t('change.gatesPassed', { gates: comparison.gatesNewlyPassed.map(gateTitle).join(', ') })}</p>}
      {comparison.gatesNewlyFailed.length > 0 && <p>{t('change.gatesFailed', { gates: comparison.gatesNewlyFailed.map(gateTitle).join(', ') })}</p>}
      <GapSummaries label={t('change.gapsResolved')} gaps={comparison.gapsResolved} testId="gaps-resolved" />
      <GapSummaries label={t('change.gapsNew')} gaps={comparison.gapsNew} testId="gaps-new" />
      <GapSummaries label={t('change.gapsNotComparable')} gaps={comparison.gapsNotComparable} testId="gaps-not-comparable" />
      {unmatched !== null && unmatched.previous.length + unmatched.current.length > 0 && (
        <div data-testid="without-counterpart">
          <p>{t('change.withoutCounterpart')}</p>
          <QuestionList label={t('change.previousOnly')} ids={unmatched.previous} newestFirst={false} />
          <QuestionList label={t('change.currentOnly')} ids={unmatched.current} newestFirst />
        </div>
      )}
      {moved.length > 0 && (
        <table className="stack-table">
          <caption>{t('change.dimensions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.dimension')}</th>
              <th scope="col" className="num">{t('change.before')}</th>
              <th scope="col" className="num">{t('change.after')}</th>
              <th scope="col" className="num">{t('change.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {moved.map((d) => (
              <tr key={d.id}>
                <th scope="row">{dimensionLabel(d.id)}</th>
                <td className="num" data-label={t('change.before')}>{d.previous ?? '—'}</td>
                <td className="num" data-label={t('change.after')}>{d.current ?? '—'}</td>
                <td className="num" data-label={t('change.delta')}>{d.delta !== null && d.delta > 0 ? `+${d.delta}` : d.delta}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
