import { roadmapWordsEn } from '@assay/domain/words/roadmap.en';
import { stateWordsEn } from '@assay/domain/words/states.en';

/**
 * The result pages' own strings (roadmap, evidence, cap, shares, engine-1 results). They load with
 * the result pages (lazy chunks), not with the first page, so they do not count against the
 * first-load budget. `messages.results.pt-BR.ts` must have every key (checked by its type).
 */
export const resultsEn = {
  'report.download': 'Download PDF report',
  'report.context': 'Client: {client} · Team: {team}',
  'report.contextClient': 'Client: {client}',
  ...roadmapWordsEn,
  'roadmap.lead':
    'Every practice below the state it should reach, in the order the work can be done: a step comes after the steps it rests on. Steps are numbered in the order of the whole plan and grouped by stage. Open a step for why, the effort and the answers behind it.',
  'roadmap.now': 'now',
  'roadmap.wanted': 'wanted',
  'roadmap.state': 'State',
  'roadmap.targetDefault': 'The default target for this practice. {reason}',
  'roadmap.targetTeam': 'Your team’s own target (set by its managers). {reason}',
  'roadmap.evidence': 'Answers behind it',
  ...stateWordsEn,
  'evidence.unaskedDontKnow': 'not asked, because “{question}” was answered “don’t know”',
  'evidence.unaskedNotAnswered': 'not asked, because “{question}” was not answered',
  'evidence.unasked': 'not asked, because “{question}” has no definite answer',
  'evidence.notAsked': 'not asked: it did not apply, because “{question}” was “{answer}”',
  'evidence.notAskedPlain': 'not asked: it did not apply to the earlier answers',
  'share.derivedTitle': 'Not printed in the paper: computed from counts it reports.',
  'gap.respondents': '{count} of {total} respondents',
  'gate.unansweredNote': 'A question that decides this gate was not answered.',
  'disagreement.group.gate': 'decides the level',
  'disagreement.group.practice': 'practice',
  'disagreement.group.challenge': 'challenge',
  'disagreement.group.activity': 'activity',
  'disagreement.group.profile': 'profile',
  'legacy.title': 'Computed by an earlier scoring engine',
  'legacy.note':
    'This result was computed by scoring engine {version} and is shown as it was computed: it has no roadmap, no count of the answers behind each score and no level cap.',
  'legacy.canRecompute': 'An owner or admin can recompute it with the current engine; the recompute is recorded.',
  'legacy.recompute': 'Recompute with the current engine',
  'legacy.recomputeQuestion':
    'Recompute this team result with the current scoring engine? The result of engine {version} is replaced, and the recompute is recorded with your name.',
  'legacy.recomputeConfirm': 'Recompute',
  'legacy.recomputed': 'Recomputed on {date} by {name}, replacing engine {version}.',
  'legacy.dimensionNoCount': 'no answers',
} as const satisfies Readonly<Record<string, string>>;

export type ResultMessageKey = keyof typeof resultsEn;
