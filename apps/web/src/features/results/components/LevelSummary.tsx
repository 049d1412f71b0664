import { lazy, Suspense, type ReactNode } from 'react';
import type { ResultDto, StoredResultDto } from '@assay/contracts';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { questionText } from '../answer-text.ts';
import { useResultWords } from '../words.ts';

// The names of a cap's practices come from the domain's practice model (~8 KB compressed), which
// no other part of a result's first screen needs: the reasons' list arrives after the page has
// drawn (a capped level-4 result is rare), the cap's title and lead are there at once.
const CapReasons = lazy(() => import('./CapReasons.tsx'));

/**
 * Level 4 held back: the level-4 gates pass, but an automation they pass on rests on a foundation
 * that is not there. Names each automation, its missing foundation, its state and the reason.
 */
export function LevelCap({ cap }: { cap: NonNullable<ResultDto['cap']> }): ReactNode {
  const words = useResultWords();
  return (
    <div className="alert warn" data-testid="level-cap">
      <p>
        <strong>{words('cap.title')}.</strong> {words('cap.lead', { to: cap.to })}
      </p>
      <Suspense fallback={null}>
        <CapReasons cap={cap} />
      </Suspense>
    </div>
  );
}

/** The level as the paper defines it (section 5.1), the "don't know" range, and the self-declared level. */
export function LevelSummary({ result, questionnaire, team = false }: { result: StoredResultDto; questionnaire: Questionnaire; team?: boolean }): ReactNode {
  const i18n = useI18n();
  const { t, plural, percent } = i18n;
  const { min, max, uncertainQuestions } = result.confidence;
  return (
    <section className="card" aria-labelledby="level-heading">
      <h2 id="level-heading" style={{ marginTop: 0 }}>
        {t('result.levelHeading')}
      </h2>
      <p className="level" data-level={result.level}>
        {max > min ? t('level.range', { level: min, max }) : t('level.value', { level: result.level })}
      </p>
      <p>
        <strong>{t('level.value', { level: result.level })}:</strong> {t(`level.definition.${result.level}`)}
      </p>
      {'cap' in result && result.cap !== null && <LevelCap cap={result.cap} />}
      {max > min && (
        <div className="alert warn">
          <p>{t('result.rangeExplained', { level: min, max })}</p>
          <ul>
            {uncertainQuestions.map((id) => (
              <li key={id}>{questionText(i18n, questionnaire, id)}</li>
            ))}
          </ul>
        </div>
      )}
      {result.selfDeclaredLevel !== null && (
        <p className="small">
          {result.selfDeclaredLevel === result.level
            ? t(team ? 'result.selfDeclaredSameTeam' : 'result.selfDeclaredSame', { level: result.selfDeclaredLevel })
            : t(team ? 'result.selfDeclaredDiffersTeam' : 'result.selfDeclaredDiffers', { declared: result.selfDeclaredLevel, level: result.level })}
        </p>
      )}
      <p className="small muted">
        {plural('result.basis', result.respondents, { completeness: percent(Math.round(result.completeness * 1000) / 10) })} ·{' '}
        {t('result.engine', { version: result.engineVersion, questionnaire: result.questionnaireId })}
      </p>
    </section>
  );
}
