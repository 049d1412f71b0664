import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from './amorim-2023-v1.ts';
import { responseArbitrary } from './answers.fixture.ts';
import { chainQuestionnaire } from './chain-questionnaire.fixture.ts';
import { ANSWER_PROBLEM_CODES, type AnswerProblem, type Answers, type Questionnaire } from './types.ts';
import { pruneHiddenAnswers, validateAnswers } from './validation.ts';
import { visibleQuestions } from './visibility.ts';

type Code = AnswerProblem['code'];

/** Answers as they come from JSON.parse, so own keys such as "__proto__" survive. */
const json = (source: string): unknown => JSON.parse(source);

/** [name, questionnaire, answers, the one expected problem's code, its question id] */
const BAD: ReadonlyArray<readonly [string, Questionnaire, unknown, Code, string]> = [
  ['unknown question', amorim2023v1, { favourite_colour: 'blue' }, 'unknown_question', 'favourite_colour'],
  ['unknown question named like a prototype member', amorim2023v1, { constructor: 'x' }, 'unknown_question', 'constructor'],
  ['unknown question "__proto__"', amorim2023v1, json('{"__proto__": {"education": "master"}}'), 'unknown_question', '__proto__'],
  ['single: a number', amorim2023v1, { education: 3 }, 'wrong_type', 'education'],
  ['single: a list', amorim2023v1, { education: ['master'] }, 'wrong_type', 'education'],
  ['single: null', amorim2023v1, { education: null }, 'wrong_type', 'education'],
  ['single: option not offered', amorim2023v1, { company_size: 'tiny' }, 'unknown_option', 'company_size'],
  ['single: option of another question', amorim2023v1, { sector: 'python' }, 'unknown_option', 'sector'],
  ['single: "don\'t know" not offered', amorim2023v1, { education: 'dont_know' }, 'dont_know_not_offered', 'education'],
  ['multiple: a bare option id', amorim2023v1, { languages: 'python' }, 'wrong_type', 'languages'],
  ['multiple: an object', amorim2023v1, { languages: { python: true } }, 'wrong_type', 'languages'],
  ['multiple: a non-string entry', amorim2023v1, { languages: ['python', 7] }, 'wrong_type', 'languages'],
  ['multiple: empty list', amorim2023v1, { languages: [] }, 'empty_answer', 'languages'],
  ['multiple: option not offered', amorim2023v1, { languages: ['python', 'cobol'] }, 'unknown_option', 'languages'],
  ['multiple: duplicate option', amorim2023v1, { tools: ['keras', 'xgboost', 'keras'] }, 'duplicate_option', 'tools'],
  ['multiple: "don\'t know" not offered', amorim2023v1, { languages: 'dont_know' }, 'dont_know_not_offered', 'languages'],
  ['multiple: "don\'t know" in a list where not offered', amorim2023v1, { languages: ['dont_know'] }, 'dont_know_not_offered', 'languages'],
  ['multiple: "don\'t know" inside a list', amorim2023v1, { data_team_professions: ['data_scientist', 'dont_know'] }, 'unknown_option', 'data_team_professions'],
  ['multiple: more than maxSelected', chainQuestionnaire, { root: 'yes', branch: ['red', 'green', 'blue'] }, 'too_many_options', 'branch'],
  ['frequency: a bare frequency', amorim2023v1, { data_types: 'always' }, 'wrong_type', 'data_types'],
  ['frequency: a list', amorim2023v1, { data_types: ['always'] }, 'wrong_type', 'data_types'],
  ['frequency: null', amorim2023v1, { data_types: null }, 'wrong_type', 'data_types'],
  ['frequency: "dont_know" for the whole matrix', amorim2023v1, { data_types: 'dont_know' }, 'wrong_type', 'data_types'],
  ['frequency: unknown item', amorim2023v1, { data_types: { structured: 'always', video: 'never' } }, 'unknown_item', 'data_types'],
  ['frequency: unknown item "__proto__"', amorim2023v1, json('{"data_types": {"__proto__": "never"}}'), 'unknown_item', 'data_types'],
  ['frequency: a number on the scale', amorim2023v1, { data_problems: { data_access: 3 } }, 'wrong_type', 'data_problems'],
  ['frequency: a value off the scale', amorim2023v1, { data_problems: { data_access: 'often' } }, 'out_of_range', 'data_problems'],
  ['frequency: "don\'t know" not offered', chainQuestionnaire, { scale: { a: 'never', b: 'dont_know' } }, 'dont_know_not_offered', 'scale'],
  ['practice: a boolean', amorim2023v1, { ci_cd: true }, 'wrong_type', 'ci_cd'],
  ['practice: yes/no instead of a state', amorim2023v1, { ci_cd: 'yes' }, 'unknown_option', 'ci_cd'],
  ['practice: "don\'t know" not offered', chainQuestionnaire, { habit: 'dont_know' }, 'dont_know_not_offered', 'habit'],
  ['number: a numeric string', amorim2023v1, { years_in_role: '12' }, 'wrong_type', 'years_in_role'],
  ['number: NaN', amorim2023v1, { years_in_role: Number.NaN }, 'wrong_type', 'years_in_role'],
  ['number: infinite', amorim2023v1, { years_in_role: Number.POSITIVE_INFINITY }, 'wrong_type', 'years_in_role'],
  ['number: above the maximum', amorim2023v1, { years_in_role: 61 }, 'out_of_range', 'years_in_role'],
  ['number: below the minimum', amorim2023v1, { years_in_role: -1 }, 'out_of_range', 'years_in_role'],
  ['number: zero models in production', amorim2023v1, { deploys_models: 'yes', models_in_production: 0 }, 'out_of_range', 'models_in_production'],
  ['number: not whole', amorim2023v1, { years_in_role: 2.5 }, 'not_integer', 'years_in_role'],
  ['number: "don\'t know" not offered', amorim2023v1, { years_in_role: 'dont_know' }, 'dont_know_not_offered', 'years_in_role'],
  ['text: a number', amorim2023v1, { mlops_help: 42 }, 'wrong_type', 'mlops_help'],
  ['text: too long', amorim2023v1, { mlops_help: 'x'.repeat(2001) }, 'too_long', 'mlops_help'],
  ['condition: number asked only of those who deploy', amorim2023v1, { deploys_models: 'no', models_in_production: 3 }, 'condition_not_met', 'models_in_production'],
  ['condition: reasons asked only of those who do not deploy', amorim2023v1, { deploys_models: 'yes', non_deployment_reasons: ['lack_of_tools'] }, 'condition_not_met', 'non_deployment_reasons'],
  ['condition: earlier question unanswered', amorim2023v1, { model_consumption: ['api'] }, 'condition_not_met', 'model_consumption'],
  ['condition: earlier question "don\'t know"', amorim2023v1, { model_runtime: 'dont_know', retraining: 'automated' }, 'condition_not_met', 'retraining'],
  ['condition: no model runs yet', amorim2023v1, { model_runtime: 'none_yet', deployment: 'automated' }, 'condition_not_met', 'deployment'],
  ['condition: hidden through a chain', chainQuestionnaire, { root: 'no', branch: ['green'], leaf: 'hi' }, 'condition_not_met', 'branch'],
];

describe('validateAnswers: each bad answer is reported once, with its question', () => {
  it.each(BAD)('%s', (_name, questionnaire, answers, code, questionId) => {
    const problems = validateAnswers(questionnaire, answers);
    const matching = problems.filter((problem) => problem.code === code && problem.questionId === questionId);
    expect(matching, JSON.stringify(problems)).toHaveLength(1);
    const question = questionnaire.questions.find((candidate) => candidate.id === questionId);
    const name = question === undefined ? `"${questionId}"` : question.number === null ? `Question ${questionId}` : `Question ${question.number} (${questionId})`;
    expect(matching[0]?.message.startsWith(name), matching[0]?.message).toBe(true);
  });

  it('covers every problem code except "required" (complete mode has its own tests)', () => {
    const codes = new Set(BAD.map(([, , , code]) => code));
    expect([...codes].sort()).toEqual(ANSWER_PROBLEM_CODES.filter((code) => code !== 'required').sort());
  });

  it('also reports the leaf of a hidden chain, naming the first unmet link', () => {
    const problems = validateAnswers(chainQuestionnaire, { root: 'no', branch: ['green'], leaf: 'hi' });
    expect(problems.map((problem) => [problem.code, problem.questionId])).toEqual([
      ['condition_not_met', 'branch'],
      ['condition_not_met', 'leaf'],
    ]);
    expect(problems[1]?.message).toBe(
      'Question 3 (leaf) is asked only when question 1 (root) is yes; remove this answer or change the answer it depends on.',
    );
  });

  it('reports every bad entry of one answer', () => {
    const problems = validateAnswers(amorim2023v1, { languages: ['cobol', 'python', 'python', 3] });
    expect(problems.map((problem) => problem.code)).toEqual(['unknown_option', 'duplicate_option', 'wrong_type']);
    const matrix = validateAnswers(amorim2023v1, { data_types: { video: 'never', image: 'often', audio: 1 } });
    expect(matrix.map((problem) => problem.code)).toEqual(['unknown_item', 'out_of_range', 'wrong_type']);
  });
});

describe('validateAnswers: messages a person understands', () => {
  it.each([
    [
      { company_size: 'tiny' },
      'Question 7 (company_size): "tiny" is not an option; choose one of under_100, from_100_to_500, over_500 or dont_know.',
    ],
    [{ education: 'dont_know' }, `Question 1 (education): "don't know" is not offered here; choose one of incomplete_higher, bachelor, specialist, master, doctorate or other.`],
    [{ years_in_role: 61 }, 'Question 3 (years_in_role): 61 is out of range; give a whole number from 0 to 60 (years).'],
    [{ years_in_role: 2.5 }, 'Question 3 (years_in_role): 2.5 is not a whole number; give a whole number from 0 to 60 (years).'],
    [{ mlops_help: 'x'.repeat(2001) }, 'Question 25 (mlops_help): the text has 2001 characters; shorten it to at most 2000.'],
    [{ ci_cd: 'yes' }, 'Question ci_cd: "yes" is not a practice state; choose one of absent, manual, automated or dont_know.'],
    [
      { data_problems: { data_access: 'often' } },
      'Question 19 (data_problems): item data_access: "often" is not on the scale; choose one of never, rarely, sometimes, frequently, always or dont_know.',
    ],
    [
      { data_types: { video: 'never' } },
      'Question 12 (data_types): "video" is not an item of this question; the items are structured, semi_structured, text, image and audio.',
    ],
    [
      { deploys_models: 'no', models_in_production: 3 },
      'Question 18 (models_in_production) is asked only when question 17 (deploys_models) is yes; remove this answer or change the answer it depends on.',
    ],
    [{ favourite_colour: 1 }, '"favourite_colour" is not a question of amorim-2023@1; remove this answer.'],
  ] as const)('%j', (answers, message) => {
    expect(validateAnswers(amorim2023v1, answers).map((problem) => problem.message)).toEqual([message]);
  });

  it('quotes at most a short excerpt of a huge bad value', () => {
    const [problem] = validateAnswers(amorim2023v1, { education: 'z'.repeat(100_000) });
    expect(problem?.code).toBe('unknown_option');
    expect(problem?.message.length).toBeLessThan(300);
  });
});

describe('validateAnswers: answers that are fine', () => {
  it.each([
    ['nothing yet', {}],
    ['a single choice', { education: 'master' }],
    ['"don\'t know" where offered', { company_size: 'dont_know', self_declared_level: 'dont_know', ci_cd: 'dont_know' }],
    ['a multiple choice', { languages: ['python', 'sql'] }],
    ['"don\'t know" for a whole multiple choice', { data_team_professions: 'dont_know' }],
    ['a partial frequency matrix, with "don\'t know" for an item', { data_types: { structured: 'always', text: 'dont_know' } }],
    ['an empty frequency matrix', { data_types: {} }],
    ['numbers at both bounds', { years_in_role: 0, deploys_models: 'yes', models_in_production: 100000 }],
    ['a fractional number where allowed', { ratio: 0.25 }],
    ['"don\'t know" for a number', { deploys_models: 'yes', models_in_production: 'dont_know' }],
    ['text at the limit, and empty text', { mlops_help: 'x'.repeat(2000) }],
    ['empty text', { mlops_help: '' }],
    ['a question shown by its condition', { deploys_models: 'no', non_deployment_reasons: ['lack_of_tools', 'other'] }],
    ['the practices of running models', { model_runtime: 'local', deployment: 'manual', rollback: 'absent' }],
  ])('%s', (_name, answers) => {
    const questionnaire = 'ratio' in answers ? chainQuestionnaire : amorim2023v1;
    expect(validateAnswers(questionnaire, answers)).toEqual([]);
  });
});

describe('validateAnswers: anything that is not an object of answers', () => {
  it.each([null, undefined, [], [['education', 'master']], 'education=master', 42, true])('%j is one wrong_type problem', (answers) => {
    const problems = validateAnswers(amorim2023v1, answers);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ questionId: '', code: 'wrong_type' });
    expect(problems[0]?.message).toMatch(/^Answers must be an object from question id to answer/);
  });
});

describe('validateAnswers: complete mode', () => {
  const requiredShown = (answers: Answers): string[] =>
    visibleQuestions(amorim2023v1, answers)
      .filter((question) => question.required)
      .map((question) => question.id);

  it.each([
    ['nothing answered', {}],
    ['deploys models', { deploys_models: 'yes' }],
    ['does not deploy', { deploys_models: 'no' }],
    ['models run in the cloud', { model_runtime: 'cloud' }],
  ] as const)('%s: every shown required question is reported, in order', (_name, answers) => {
    const problems = validateAnswers(amorim2023v1, answers, { complete: true });
    expect(problems.every((problem) => problem.code === 'required')).toBe(true);
    const answered = Object.keys(answers);
    expect(problems.map((problem) => problem.questionId)).toEqual(requiredShown(answers).filter((id) => !answered.includes(id)));
  });

  it('does not require optional questions', () => {
    const ids = validateAnswers(amorim2023v1, { deploys_models: 'yes' }, { complete: true }).map((problem) => problem.questionId);
    expect(ids).not.toContain('mlops_help');
    expect(ids).not.toContain('deployment_difficulties');
    expect(ids).toContain('model_consumption');
  });

  it('ignores answers to hidden questions, however malformed', () => {
    const answers = { deploys_models: 'no', models_in_production: 'lots', who_deploys: 7, model_runtime: 'none_yet', deployment: ['?'] };
    const problems = validateAnswers(amorim2023v1, answers, { complete: true });
    const ids = problems.map((problem) => problem.questionId);
    for (const hidden of ['models_in_production', 'who_deploys', 'deployment']) expect(ids).not.toContain(hidden);
    expect(problems.some((problem) => problem.code === 'condition_not_met')).toBe(false);
  });

  it('still reports unknown questions and bad answers to shown questions', () => {
    const problems = validateAnswers(amorim2023v1, { nope: 1, education: 'phd' }, { complete: true });
    expect(problems.filter((problem) => problem.code !== 'required').map((problem) => [problem.code, problem.questionId])).toEqual([
      ['unknown_question', 'nope'],
      ['unknown_option', 'education'],
    ]);
    // A bad answer is reported as bad, not again as missing.
    expect(problems.filter((problem) => problem.questionId === 'education')).toHaveLength(1);
  });

  it('requires every item of a frequency matrix, naming the missing ones', () => {
    const problems = validateAnswers(amorim2023v1, { data_problems: { insufficient_data: 'always', data_access: 'dont_know' } }, { complete: true });
    const problem = problems.find((candidate) => candidate.questionId === 'data_problems');
    expect(problem).toEqual({
      questionId: 'data_problems',
      code: 'required',
      message: 'Question 19 (data_problems) is required: rate every item (missing: unreliable_data and dataset_versioning).',
    });
  });

  it('requires more than blanks from a required text', () => {
    const full = { root: 'no', scale: { a: 'never', b: 'always' }, habit: 'manual', ratio: 0.5 };
    expect(validateAnswers(chainQuestionnaire, { ...full, note: 'ok' }, { complete: true })).toEqual([]);
    expect(validateAnswers(chainQuestionnaire, { ...full, note: '   ' }, { complete: true })).toEqual([
      { questionId: 'note', code: 'required', message: 'Question 6 (note) is required: write an answer.' },
    ]);
  });

  it('treats "don\'t know" as an answer', () => {
    const problems = validateAnswers(amorim2023v1, { company_size: 'dont_know', data_team_professions: 'dont_know' }, { complete: true });
    const ids = problems.map((problem) => problem.questionId);
    expect(ids).not.toContain('company_size');
    expect(ids).not.toContain('data_team_professions');
  });
});

describe('validateAnswers: only', () => {
  it('checks only the listed answers', () => {
    const answers = { company_size: 'tiny', education: 3, nope: 1 };
    expect(validateAnswers(amorim2023v1, answers, { only: ['education'] }).map((problem) => problem.questionId)).toEqual(['education']);
    expect(validateAnswers(amorim2023v1, answers, { only: ['company_size', 'nope'] }).map((problem) => problem.questionId)).toEqual([
      'company_size',
      'nope',
    ]);
  });

  it('skips listed ids that have no answer, and reports a listed id only once', () => {
    expect(validateAnswers(amorim2023v1, { education: 3 }, { only: ['role', 'ghost'] })).toEqual([]);
    expect(validateAnswers(amorim2023v1, { education: 3 }, { only: ['education', 'education'] })).toHaveLength(1);
  });

  it('uses every answer for conditions', () => {
    expect(validateAnswers(amorim2023v1, { deploys_models: 'yes', models_in_production: 5 }, { only: ['models_in_production'] })).toEqual([]);
    expect(
      validateAnswers(amorim2023v1, { deploys_models: 'no', models_in_production: 5 }, { only: ['models_in_production'] }).map(
        (problem) => problem.code,
      ),
    ).toEqual(['condition_not_met']);
  });

  it('limits the required check of complete mode to the listed questions', () => {
    const problems = validateAnswers(amorim2023v1, {}, { complete: true, only: ['education', 'models_in_production'] });
    // models_in_production is hidden (deploys_models unanswered), so only education is missing.
    expect(problems.map((problem) => [problem.code, problem.questionId])).toEqual([['required', 'education']]);
  });
});

describe('pruneHiddenAnswers', () => {
  it.each([
    ['keeps answers to shown questions', amorim2023v1, { deploys_models: 'yes', models_in_production: 4 }, { deploys_models: 'yes', models_in_production: 4 }],
    ['drops answers hidden by a condition', amorim2023v1, { deploys_models: 'no', models_in_production: 4, who_deploys: ['devops'] }, { deploys_models: 'no' }],
    ['drops answers hidden by "don\'t know"', amorim2023v1, { model_runtime: 'dont_know', retraining: 'automated', ci_cd: 'manual' }, { model_runtime: 'dont_know', ci_cd: 'manual' }],
    ['drops answers to unknown questions', amorim2023v1, { education: 'master', nope: 'x' }, { education: 'master' }],
    ['drops a hidden chain', chainQuestionnaire, { root: 'no', branch: ['green'], leaf: 'hi' }, { root: 'no' }],
    ['keeps a shown chain', chainQuestionnaire, { root: 'yes', branch: ['green'], leaf: 'hi' }, { root: 'yes', branch: ['green'], leaf: 'hi' }],
  ] as const)('%s', (_name, questionnaire, answers, expected) => {
    expect(pruneHiddenAnswers(questionnaire, answers)).toEqual(expected);
  });

  it('leaves its input untouched and keeps the same values', () => {
    const languages = ['python'];
    const answers = { deploys_models: 'no', models_in_production: 4, languages };
    const pruned = pruneHiddenAnswers(amorim2023v1, answers);
    expect(answers).toEqual({ deploys_models: 'no', models_in_production: 4, languages });
    expect(pruned['languages']).toBe(languages);
  });

  it('ignores keys inherited from Object.prototype-like ids', () => {
    expect(pruneHiddenAnswers(amorim2023v1, json('{"__proto__": "x", "education": "master"}') as Answers)).toEqual({ education: 'master' });
  });
});

describe('validateAnswers: properties', () => {
  const questionIds = amorim2023v1.questions.map((question) => question.id);
  /** Arbitrary JSON under real question ids (and a few others), to reach every branch. */
  const jsonAnswers = fc.dictionary(fc.oneof(fc.constantFrom(...questionIds, '__proto__', 'constructor'), fc.string()), fc.jsonValue());
  const modes = fc.record({ complete: fc.boolean(), only: fc.option(fc.subarray([...questionIds, 'ghost']), { nil: undefined }) });

  it('never throws on arbitrary JSON, and every problem names a question it was given or knows', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), jsonAnswers), modes, (answers, options) => {
        const problems = validateAnswers(amorim2023v1, answers, options);
        for (const problem of problems) {
          expect(problem.message.length).toBeGreaterThan(0);
          const known = questionIds.includes(problem.questionId);
          const given = typeof answers === 'object' && answers !== null && Object.hasOwn(answers, problem.questionId);
          expect(known || given || problem.questionId === '').toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JavaScript values either', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...questionIds), fc.anything())), modes, (answers, options) => {
        expect(Array.isArray(validateAnswers(amorim2023v1, answers, options))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing wrong with a partial response built from the definition', () => {
    for (const questionnaire of [amorim2023v1, chainQuestionnaire]) {
      fc.assert(
        fc.property(responseArbitrary(questionnaire, false), (generated) => {
          const answers = pruneHiddenAnswers(questionnaire, generated);
          expect(validateAnswers(questionnaire, answers)).toEqual([]);
          // Hidden answers are ignored in complete mode, so the unpruned response has no other problems.
          expect(validateAnswers(questionnaire, generated, { complete: true }).every((problem) => problem.code === 'required')).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('finds nothing wrong with a complete response built from the definition', () => {
    fc.assert(
      fc.property(responseArbitrary(amorim2023v1, true), (generated) => {
        const answers = pruneHiddenAnswers(amorim2023v1, generated);
        expect(validateAnswers(amorim2023v1, answers, { complete: true })).toEqual([]);
        expect(validateAnswers(amorim2023v1, generated, { complete: true })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('pruning is idempotent and leaves no condition_not_met behind', () => {
    fc.assert(
      fc.property(responseArbitrary(amorim2023v1, false), (generated) => {
        const once = pruneHiddenAnswers(amorim2023v1, generated);
        expect(pruneHiddenAnswers(amorim2023v1, once)).toEqual(once);
        const shown = new Set(visibleQuestions(amorim2023v1, once).map((question) => question.id));
        for (const id of Object.keys(once)) expect(shown.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
