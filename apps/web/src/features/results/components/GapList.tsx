import type { ReactNode } from 'react';
import type { GapDto, LegacyGapDto } from '@assay/contracts';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { QuotedAnswers } from '../evidence.ts';
import { useResultWords } from '../words.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { Share } from './Share.tsx';

const KIND_BADGE: Record<GapDto['kind'], string> = { blocker: 'bad', foundation: 'bad', hotspot: 'warn', inconsistency: '' };

/** The gaps in the order the work must be done (as the engine returns them), engine 2 or engine 1. */
export function GapList({ gaps, questionnaire, quoted, respondents, engineVersion }: {
  gaps: readonly (GapDto | LegacyGapDto)[];
  questionnaire: Questionnaire;
  quoted: QuotedAnswers;
  /** Respondents behind the result: a team's inconsistency says how many of them show it. */
  respondents: number;
  engineVersion: string;
}): ReactNode {
  const { t, text } = useI18n();
  const words = useResultWords();
  return (
    <section className="card" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" style={{ marginTop: 0 }}>
        {t('result.gaps')}
      </h2>
      {gaps.length === 0 ? (
        <p>{t('result.noGaps')}</p>
      ) : (
        <ol className="stack">
          {gaps.map((gap) => (
            <li key={gap.id} data-gap={gap.id} data-kind={gap.kind}>
              <div className="gate">
                <span className={`badge gap-kind ${KIND_BADGE[gap.kind]}`}>{t(`gap.kind.${gap.kind}`)}</span>
                <strong>{text(gap.title)}</strong>
                {'respondents' in gap && gap.respondents !== undefined && respondents > 1 && (
                  <span className="badge" data-respondents={gap.respondents}>
                    {words('gap.respondents', { count: gap.respondents, total: respondents })}
                  </span>
                )}
              </div>
              <p className="small">{text(gap.detail)}</p>
              <p className="small">{t('result.practice', { practice: text(gap.practice) })}</p>
              {gap.prevalence ? <Share share={gap.prevalence} engineVersion={engineVersion} /> : <p className="small muted">{t('gap.noPrevalence')}</p>}
              {gap.evidence.length > 0 && (
                <details className="small">
                  <summary>{t('gap.evidence')}</summary>
                  <EvidenceList evidence={gap.evidence} questionnaire={questionnaire} quoted={quoted} className="" />
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
