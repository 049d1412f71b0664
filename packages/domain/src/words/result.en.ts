/**
 * The team result's words (level, why, next steps, scores, comparison, disagreements, free text,
 * the team's answers) that the result page (the web app's main catalogue) and the PDF report both say. One list, so screen and paper cannot drift apart; each
 * language is a module of its own, so the web app's per-language, per-feature catalogue chunks stay as
 * small as before. `{name}` marks a value filled in at run time; keys ending in `.one` / `.other` are
 * plural forms.
 */
export const resultWordsEn = {
  'level.value': 'Level {level}',
  'level.range': 'Level {level}, could be level {max}',
  'level.definition.1': 'the company is developing its first models, but they do not yet create value for the business.',
  'level.definition.2': 'the business already consumes the models, but they run locally, with no monitoring or automation.',
  'level.definition.3':
    'the company runs its models in a production environment (cloud or its own servers), consumed through an API or in batch, but still without automated processes.',
  'level.definition.4': 'the company runs its models in production with automated processes such as monitoring, deployment and retraining.',
  'result.why': 'Why this level',
  'result.gatesPassed': 'Gates met: {gates}.',
  'result.noGatesPassed': 'No gate above level 1 is met yet.',
  'result.firstUnmetGate': 'The first gate not met is “{gate}” (level {level}).',
  'result.allGatesPassed': 'Every gate is met.',
  'result.rangeExplained':
    'Some answers were “I don’t know”. Scored as absent, they give level {level}; if those practices are in place, the level would be {max}. The questions concerned:',
  'result.selfDeclaredSameTeam': 'This matches the level the respondents chose for the company (level {level}).',
  'result.selfDeclaredDiffersTeam': 'The respondents chose level {declared} for the company; the evidence of the team’s answers supports level {level}.',
  'result.basis.one': 'Based on {count} respondent; {completeness} of the questions shown were answered.',
  'result.basis.other': 'Based on {count} respondents; {completeness} of the questions shown were answered.',
  'result.engine': 'Scoring engine {version}, questionnaire {questionnaire}.',
  'result.nextSteps': 'Next steps',
  'result.toReach': 'To reach level {level}',
  'result.practice': 'Practice: {practice}',
  'result.dimensions': 'Scores by dimension',
  'result.compare': 'Compared with the paper’s respondents',
  'placement.unanswered': 'not answered',
  'placement.no_category': 'the paper has no category for this answer',
  'result.disagreements': 'Where respondents disagree',
  'result.noDisagreements': 'Respondents gave the same answers.',
  'result.spread': 'Disagreement',
  'result.respondentsCount': '{count} of {total}',
  'result.freeText': 'In their own words',
  'result.freeTextLead': 'Answers to “{question}”, without names, in random order.',
  'result.noFreeText': 'Nobody wrote an answer to this question.',
  'question.dontKnow': 'I don’t know',
  'result.notAnswered': 'not answered',
  'frequency.never': 'Never',
  'frequency.rarely': 'Rarely',
  'frequency.sometimes': 'Sometimes',
  'frequency.frequently': 'Frequently',
  'frequency.always': 'Always',
  'practice.absent': 'Absent',
  'practice.manual': 'Manual',
  'practice.automated': 'Automated',
} as const satisfies Readonly<Record<string, string>>;

export type ResultWordKey = keyof typeof resultWordsEn;
