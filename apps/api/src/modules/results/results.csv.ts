import type { Answer } from '@assay/domain';
import { isCurrentResult, type StoredResultDto } from '@assay/contracts';
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

interface EvidenceLike {
  readonly questionId: string;
  readonly itemId?: string | undefined;
  readonly answer: Answer | null;
  readonly unaskedBecause?: string | undefined;
}

/** `question=answer`; a question not asked says why (`question=(not asked: model_runtime)`). */
function evidenceText(evidence: readonly EvidenceLike[]): string {
  return evidence
    .map((e) => `${e.questionId}${e.itemId ? `.${e.itemId}` : ''}=${e.unaskedBecause ? `(not asked: ${e.unaskedBecause})` : answerText(e.answer)}`)
    .join('; ');
}

interface ShareLike {
  readonly count: number;
  readonly base: number;
  readonly percent: number;
  readonly source: string;
  readonly relation?: string;
  readonly status?: string;
}

/** `25/57 (43.9%) related, Amorim et al. (2023), §5.4, Fig. 9`; engine-1 shares state no relation. */
function shareText(share: ShareLike | null): string {
  if (share === null) return '';
  const how = [share.relation, share.status === 'derived' ? 'derived' : undefined].filter(Boolean).join(', ');
  return `${share.count}/${share.base} (${share.percent}%)${how ? ` ${how}` : ''}, ${share.source}`;
}

/**
 * A team result as one CSV table for consultants' spreadsheets: a `section` column says what
 * each row is (summary, cap, gate, next_step, dimension, gap, roadmap, disagreement, benchmark,
 * free_text); both languages side by side. A result stored by engine 1.x has no cap or roadmap rows.
 * Free-text answers come last, without who wrote them, in the order given.
 */
export function resultCsv(
  meta: { assessmentId: string; title: string; closedAt: string },
  result: StoredResultDto,
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
  const current = isCurrentResult(result) ? result : null;
  for (const reason of current?.cap?.reasons ?? []) {
    rows.push(['cap', `${reason.practiceId}<-${reason.foundationId}`, `level ${current?.cap?.from} held at ${current?.cap?.to}; ${reason.foundationStatus}`, null, null, reason.reason.en, reason.reason['pt-BR']]);
  }
  for (const gate of result.gates) {
    rows.push(['gate', gate.id, gate.status, gate.title.en, gate.title['pt-BR'], gate.requirement.en, gate.requirement['pt-BR'], gate.practice.en, gate.practice['pt-BR'], evidenceText(gate.evidence)]);
  }
  for (const step of result.nextSteps) {
    for (const gate of step.unmetGates) {
      rows.push(['next_step', gate.id, `level ${step.level}`, gate.title.en, gate.title['pt-BR'], gate.requirement.en, gate.requirement['pt-BR'], gate.practice.en, gate.practice['pt-BR']]);
    }
  }
  for (const dimension of result.dimensions) {
    const answered = 'answered' in dimension ? `${dimension.answered} of ${dimension.signals} signals answered` : null;
    rows.push(['dimension', dimension.id, dimension.score, dimension.label.en, dimension.label['pt-BR'], answered, null, null, null, evidenceText(dimension.evidence)]);
  }
  for (const gap of result.gaps) {
    const prevalence = shareText(gap.prevalence);
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
  for (const step of current?.roadmap ?? []) {
    const why = step.why.map((reason) => (reason.kind === 'gate' ? `gate ${reason.gateId}` : reason.kind === 'hotspot' ? reason.gapId : `${reason.kind} ${reason.practiceId}`));
    rows.push([
      'roadmap',
      step.practiceId,
      `${step.order}. ${step.stage}: ${step.now} -> ${step.target} (${step.targetSource}); effort ${step.effort}${step.after.length ? `; after ${step.after.join('|')}` : ''}${why.length ? `; why ${why.join('|')}` : ''}${step.share ? `; paper: ${shareText(step.share)}` : ''}`,
      step.title.en,
      step.title['pt-BR'],
      step.effortReason.en,
      step.effortReason['pt-BR'],
      step.action.en,
      step.action['pt-BR'],
      evidenceText(step.evidence),
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
