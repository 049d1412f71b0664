import type { ReactNode } from 'react';
import type { Questionnaire, SectionId } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

export interface SectionProgress {
  readonly id: SectionId;
  readonly answered: number;
  readonly total: number;
}

/** The sections as steps; each says how much of it is answered. */
export function SectionNav({ questionnaire, sections, current, onSelect }: {
  questionnaire: Questionnaire;
  sections: readonly SectionProgress[];
  current: SectionId;
  onSelect: (id: SectionId) => void;
}): ReactNode {
  const { t, text } = useI18n();
  return (
    <nav aria-label={t('questionnaire.sections')}>
      <ol className="section-tabs">
        {sections.map((section, index) => {
          const definition = questionnaire.sections.find((s) => s.id === section.id);
          const title = definition ? text(definition.title) : section.id;
          return (
            <li key={section.id}>
              <button
                type="button"
                aria-current={section.id === current ? 'step' : undefined}
                onClick={() => onSelect(section.id)}
                aria-label={t('questionnaire.sectionButton', { index: index + 1, title, answered: section.answered, total: section.total })}
              >
                {index + 1}. {title} <span aria-hidden="true">({section.answered}/{section.total})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
