import { amorim2023v1 } from './amorim-2023-v1.ts';
import { amorim2023v2 } from './amorim-2023-v2.ts';
import type { Questionnaire } from './types.ts';

/** Every published questionnaire version. Versions are never removed: old assessments pin them. */
export const QUESTIONNAIRES: readonly Questionnaire[] = Object.freeze([amorim2023v1, amorim2023v2]);

/** The version new assessments are started with. Older ones stay readable with their results. */
export const CURRENT_QUESTIONNAIRE_ID = amorim2023v2.id;

/**
 * The questionnaire with this id (`<slug>@<version>`, e.g. `amorim-2023@1`), or undefined when
 * no such version exists. Ids are compared exactly (case-sensitive).
 */
export function getQuestionnaire(id: string): Questionnaire | undefined {
  return QUESTIONNAIRES.find((questionnaire) => questionnaire.id === id);
}
