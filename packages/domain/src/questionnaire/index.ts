// The questionnaire's public face. Helpers such as visibilityOf or valueProblems stay internal
// to the domain package (import them from their files there).
export * from './types.ts';
export { amorim2023v1 } from './amorim-2023-v1.ts';
export { amorim2023v2, PRACTICES_ADDED_IN_V2 } from './amorim-2023-v2.ts';
export { QUESTIONNAIRES, CURRENT_QUESTIONNAIRE_ID, getQuestionnaire } from './questionnaires.ts';
export {
  QUESTIONNAIRE_MAPPINGS,
  questionCorrespondence,
  mapAnswers,
  type QuestionnaireMapping,
  type QuestionCorrespondence,
} from './mappings.ts';
export { prefillAnswers, unconfirmedAnswers, confirmQuestions, sectionQuestionIds, type Prefill } from './prefill.ts';
export { isQuestionVisible, visibleQuestions } from './visibility.ts';
export { validateAnswers, pruneHiddenAnswers, type ValidateOptions } from './validation.ts';
export { responseProgress, type ResponseProgress, type SectionProgress } from './progress.ts';
