/**
 * The roadmap's, the level-4 cap's, the paper shares' and the dimension scores' words that the result
 * pages (the web app's results catalogue) and the PDF report both say. One list, so screen and paper cannot drift apart; each
 * language is a module of its own, so the web app's per-language, per-feature catalogue chunks stay as
 * small as before. `{name}` marks a value filled in at run time; keys ending in `.one` / `.other` are
 * plural forms.
 */
export const roadmapWordsEn = {
  'cap.title': 'Level 4 held back',
  'cap.lead': 'The level-4 gates are met, but level 4 is held back: level {to} is shown, because an automation rests on a foundation that is not there.',
  'cap.reason': '{practice}: answered “automated”, but it rests on {foundation}, whose state is “{status}”.',
  'roadmap.heading': 'Roadmap',
  'roadmap.empty': 'Every practice the questionnaire asks about has reached its target state: there is no step left.',
  'roadmap.stage.foundations': 'Foundations',
  'roadmap.stage.delivery': 'Delivery',
  'roadmap.stage.operations': 'Operations',
  'roadmap.stageLead.foundations': 'Reproducible work: data, experiments, models and their records.',
  'roadmap.stageLead.delivery': 'Getting models into production safely: tests, validation, deployment.',
  'roadmap.stageLead.operations': 'Running models in production: monitoring, alerts, retraining.',
  'roadmap.stepNumber': 'Step {order}',
  'roadmap.stateLine': 'Now {now}; wanted {target}.',
  'roadmap.effortShort': 'effort {size}',
  'roadmap.action': 'What to do',
  'roadmap.effort': 'Effort',
  'roadmap.effortLine': '{size} ({word}): {reason}',
  'roadmap.why': 'Why',
  'roadmap.why.gate': 'Part of the level-{level} gate “{gate}”.',
  'roadmap.why.foundation': 'Holds up {practice}: it is automated and rests on this, so level 4 is held back. {reason}',
  'roadmap.why.unlocks': 'Unlocks {practice}: {reason}',
  'roadmap.why.hotspot': 'Addresses a challenge met frequently or always: “{gap}”.',
  'roadmap.after': 'Comes after',
  'roadmap.afterNone': 'No earlier step: it can start now.',
  'roadmap.afterStep': 'step {order}, {title}',
  'roadmap.share': 'In the paper',
  'status.automated': 'automated',
  'status.not_asked': 'not asked',
  'share.relation.same': 'same measure',
  'share.relation.related': 'related measure',
  'share.relation.upper_bound': 'at most',
  'share.relation.lower_bound': 'at least',
  'share.derived': 'derived',
  'share.count': '{count} of {base} respondents ({percent}): {measure}.',
  'share.upper': 'At most that many are in the same situation.',
  'share.lower': 'At least that many are in the same situation.',
  'share.related': 'The paper counts something close to this, not the same thing.',
  'share.source': 'Source: {source}.',
  'share.legacy': 'In the paper, {count} of {base} respondents ({percent}). Source: {source}. Engine {version} did not record whether the paper counts the same thing.',
  'dimension.answered': '{answered} of {signals} answered',
  'dimension.notEnough': 'not enough answers',
  'dimension.notEnoughNote':
    '“Not enough answers”: fewer than half of a dimension’s signals were answered, so it gets no score (not 0) and is left out of the chart.',
} as const satisfies Readonly<Record<string, string>>;

export type RoadmapWordKey = keyof typeof roadmapWordsEn;
