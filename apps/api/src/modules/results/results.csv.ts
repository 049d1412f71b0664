import type { Answer, Evidence, Result } from '@assay/domain';
import { csvRow } from '../../lib/csv.ts';

const HEADER = ['section', 'id', 'value', 'label_en', 'label_pt_br', 'detail_en', 'detail_pt_br', 'practice_en', 'practice_pt_br', 'evidence'];

function answerText(answer: Answer | null): string {
  if (answer === null) return '';
  if (typeof answer === 'string' || typeof answer === 'number') return String(answer);
  if (Array.isArray(answer)) return answer.join('|');
  return Object.entries(answer as Record<string, string>)
    .map(([item, value]) => `${item}=${value}`)
    .join('|');
}

function evidenceText(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.questionId}${e.itemId ? `.${e.itemId}` : ''}=${answerText(e.answer)}`).join('; ');
}

/**
 * A team result as one CSV table for consultants' spreadsheets: a `section` column says what
 * each row is (summary, gate, next_step, dimension, gap, disagreement, benchmark, free_text); both
 * languages side by side. Free-text answers come last, without who wrote them, in the order given.
 */
export function resultCsv(
  meta: { assessmentId: string; title: string; closedAt: string },
  result: Result,
  freeText: readonly { questionId: string; text: string }[] = [],
): string {
  const rows: (string | number | null)[][] = [
    ['summary', 'assessment', meta.assessmentId, meta.title],
    ['summary', 'closed_at', meta.closedAt],
    ['summary', 'level', result.level, null, null, result.explanation.summary.en, result.explanation.summary['pt-BR']],
    ['summary', 'level_max', result.confidence.max, null, null, null, null, null, null, result.confidence.uncertainQuestions.join('|')],
    ['summary', 'self_declared_level', result.selfDeclaredLevel],
    ['summary', 'respondents', result.respondents],
    ['summary', 'completeness', result.completeness],
    ['summary', 'engine_version', result.engineVersion],
    ['summary', 'questionnaire', result.questionnaireId],
  ];
  for (const gate of result.gates) {
    rows.push(['gate', gate.id, gate.status, gate.title.en, gate.title['pt-BR'], gate.requirement.en, gate.requirement['pt-BR'], gate.practice.en, gate.practice['pt-BR'], evidenceText(gate.evidence)]);
  }
  for (const step of result.nextSteps) {
    for (const gate of step.unmetGates) {
      rows.push(['next_step', gate.id, `level ${step.level}`, gate.title.en, gate.title['pt-BR'], gate.requirement.en, gate.requirement['pt-BR'], gate.practice.en, gate.practice['pt-BR']]);
    }
  }
  for (const dimension of result.dimensions) {
    rows.push(['dimension', dimension.id, dimension.score, dimension.label.en, dimension.label['pt-BR'], null, null, null, null, evidenceText(dimension.evidence)]);
  }
  for (const gap of result.gaps) {
    const prevalence = gap.prevalence ? `${gap.prevalence.count}/${gap.prevalence.base} (${gap.prevalence.percent}%) ${gap.prevalence.source}` : '';
    rows.push([
      'gap',
      gap.id,
      `${gap.order}. ${gap.kind}${prevalence ? `; paper: ${prevalence}` : ''}`,
      gap.title.en,
      gap.title['pt-BR'],
      gap.detail.en,
      gap.detail['pt-BR'],
      gap.practice.en,
      gap.practice['pt-BR'],
      evidenceText(gap.evidence),
    ]);
  }
  for (const disagreement of result.disagreements) {
    const distribution = Object.entries(disagreement.distribution)
      .map(([answer, count]) => `${answer}: ${count}`)
      .join('; ');
    rows.push(['disagreement', `${disagreement.questionId}${disagreement.itemId ? `.${disagreement.itemId}` : ''}`, disagreement.spread, null, null, distribution]);
  }
  for (const comparison of result.benchmark) {
    rows.push([
      'benchmark',
      `${comparison.questionId}${comparison.itemId ? `.${comparison.itemId}` : ''}`,
      comparison.placement,
      comparison.seriesId,
      null,
      comparison.matchedCategories.join('|'),
      null,
      null,
      null,
      answerText(comparison.answer),
    ]);
  }
  for (const answer of freeText) rows.push(['free_text', answer.questionId, answer.text]);
  return `${[HEADER, ...rows].map(csvRow).join('\r\n')}\r\n`;
}
