import { CURRENT_QUESTIONNAIRE_ID, getBenchmark as findBenchmark, getQuestionnaire as findQuestionnaire } from '@assay/domain';
import type { BenchmarkDto, QuestionnaireDto } from '@assay/contracts';
import { NotFoundError } from '../../errors.ts';

// The definitions are immutable domain data; only their readonly modifiers differ from the
// DTO types (the contracts' InSync checks keep the shapes equal).

export function getQuestionnaire(id: string): QuestionnaireDto {
  const questionnaire = findQuestionnaire(id);
  if (!questionnaire) throw new NotFoundError('questionnaire_not_found', `There is no questionnaire ${id}; the current one is ${CURRENT_QUESTIONNAIRE_ID}.`);
  return questionnaire as QuestionnaireDto;
}

export function getBenchmark(id: string): BenchmarkDto {
  const benchmark = findBenchmark(id);
  if (!benchmark) throw new NotFoundError('benchmark_not_found', `There is no benchmark ${id}; the paper's is amorim-2023.`);
  return benchmark as BenchmarkDto;
}
