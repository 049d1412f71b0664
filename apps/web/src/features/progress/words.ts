import { GATES, INCONSISTENCY_RULES, getPractice, getQuestionnaire, CURRENT_QUESTIONNAIRE_ID, type LocalizedText } from '@assay/domain';
import type { ActionTargetDto } from '@assay/contracts';
import type { ProgressWords } from './catalog.ts';

export { useProgressWords, type ProgressWords } from './catalog.ts';

/**
 * The name of what a gap id points at, from the domain's own wording: the gate of a blocker, the
 * practice of a foundation, the challenge of a hotspot (its question's item or option), the rule
 * of an inconsistency. Null for an id it cannot place (the caller shows the id).
 */
export function gapName(gapId: string): LocalizedText | null {
  const at = gapId.indexOf(':');
  const kind = gapId.slice(0, at);
  const rest = gapId.slice(at + 1);
  if (kind === 'blocker') return GATES.find((gate) => gate.id === rest)?.title ?? null;
  if (kind === 'foundation') return getPractice(rest)?.title ?? null;
  if (kind === 'inconsistency') return INCONSISTENCY_RULES.find((rule) => rule.id === rest)?.title ?? null;
  if (kind === 'hotspot') {
    const dot = rest.indexOf('.');
    const question = getQuestionnaire(CURRENT_QUESTIONNAIRE_ID)?.questions.find((q) => q.id === rest.slice(0, dot));
    const id = rest.slice(dot + 1);
    if (question?.kind === 'frequency') return question.items.find((item) => item.id === id)?.label ?? null;
    if (question?.kind === 'multiple' || question?.kind === 'single') return question.options.find((option) => option.id === id)?.label ?? null;
  }
  return null;
}

/** What an action works on, in words. */
export function targetWords(target: ActionTargetDto, w: ProgressWords, text: (value: LocalizedText) => string): string {
  if (target.kind === 'practice') {
    const practice = getPractice(target.practiceId);
    return w('actions.target.practice', { title: practice ? text(practice.title) : target.practiceId, state: w(`status.${target.state}`) });
  }
  const name = gapName(target.gapId);
  return name ? text(name) : target.gapId;
}
