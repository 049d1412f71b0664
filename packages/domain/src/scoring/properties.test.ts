import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1, pruneHiddenAnswers, validateAnswers } from '../questionnaire/index.ts';
import { DONT_KNOW, FREQUENCIES, PRACTICE_STATES, type Answer, type Answers, type Question } from '../questionnaire/types.ts';
import { aggregateTeam } from './aggregate.ts';
import { GATES } from './gates.ts';
import { PRACTICES } from './practice-model.ts';
import { scoreResponse } from './score.ts';
import { BEST_TEAM, TEAMS_BY_LEVEL } from './responses.fixture.ts';

/*
 * Invariants of the engine over answers generated from the questionnaire definition: every
 * answer is valid for its question by construction (checked by the first property).
 */

const questionnaire = amorim2023v1;
const questions: readonly Question[] = questionnaire.questions;
const byId = new Map(questions.map((q) => [q.id, q]));

/** A valid answer to one question, "don't know" included where offered. */
function answerArbitrary(question: Question): fc.Arbitrary<Answer> {
  const dontKnow: fc.Arbitrary<Answer>[] = question.allowDontKnow ? [fc.constant(DONT_KNOW)] : [];
  switch (question.kind) {
    case 'single':
      return fc.oneof(fc.constantFrom(...question.options.map((o) => o.id)), ...dontKnow);
    case 'multiple': {
      const ids = question.options.map((o) => o.id);
      return fc.oneof(fc.subarray(ids, { minLength: 1, maxLength: question.maxSelected ?? ids.length }), ...dontKnow);
    }
    case 'frequency': {
      const scale = question.allowDontKnow ? [...FREQUENCIES, DONT_KNOW] : [...FREQUENCIES];
      return fc
        .subarray(question.items.map((i) => i.id), { minLength: 1 })
        .chain((items) => fc.tuple(...items.map((id) => fc.constantFrom(...scale).map((value) => [id, value] as const))))
        .map((entries) => Object.fromEntries(entries));
    }
    case 'practice':
      return fc.oneof(fc.constantFrom(...PRACTICE_STATES), ...dontKnow);
    case 'number':
      return fc.oneof(
        question.integer
          ? fc.integer({ min: question.min, max: question.max })
          : fc.double({ min: question.min, max: question.max, noNaN: true }),
        ...dontKnow,
      );
    case 'text':
      return fc.string({ maxLength: Math.min(question.maxLength, 40) });
  }
}

function arbitraryFor(id: string): fc.Arbitrary<Answer> {
  const question = byId.get(id);
  if (question === undefined) throw new Error(`no question ${id}`);
  return answerArbitrary(question);
}

/** Any subset of the questions answered at random (answers to hidden questions included). */
const randomAnswers: fc.Arbitrary<Answers> = fc
  .record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])), { requiredKeys: [] })
  .map((answers) => answers as Answers);

/** One of the four level fixtures with a few answers changed or removed: reaches every level. */
const nearFixture: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.constantFrom(...TEAMS_BY_LEVEL.map((t) => t.answers), BEST_TEAM),
    fc.subarray(questions.map((q) => q.id), { maxLength: 4 }),
    fc.subarray(questions.map((q) => q.id), { maxLength: 2 }),
  )
  .chain(([base, changed, removed]) =>
    fc.tuple(...changed.map((id) => arbitraryFor(id).map((value) => [id, value] as const))).map((patch) => {
      const answers: Record<string, Answer> = { ...base, ...Object.fromEntries(patch) };
      for (const id of removed) delete answers[id];
      return answers as Answers;
    }),
  );

const anyResponse = fc.oneof(randomAnswers, nearFixture);

/**
 * A result with every list of option ids sorted: a team's aggregate lists the options of a multiple
 * choice in questionnaire order, a response in the order given.
 */
function stripOrder<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...(v as string[])].sort() : v,
  ) as T;
}

const levelOf = (answers: Answers) => scoreResponse(questionnaire, answers).level;
const maxLevelOf = (answers: Answers) => scoreResponse(questionnaire, answers).confidence.max;

describe('the answer arbitrary', () => {
  it('generates only valid answers (hidden ones aside)', () => {
    fc.assert(
      fc.property(anyResponse, (answers) => {
        expect(validateAnswers(questionnaire, pruneHiddenAnswers(questionnaire, answers))).toEqual([]);
      }),
    );
  });
});

describe('scoring properties', () => {
  it('is deterministic: the same input gives a deep-equal result', () => {
    fc.assert(
      fc.property(anyResponse, (answers) => {
        const first = scoreResponse(questionnaire, answers);
        expect(scoreResponse(questionnaire, structuredClone(answers))).toEqual(first);
        expect(scoreResponse(questionnaire, answers)).toEqual(first);
      }),
    );
  });

  it('ignores answers to hidden questions', () => {
    fc.assert(
      fc.property(anyResponse, (answers) => {
        expect(scoreResponse(questionnaire, answers)).toEqual(scoreResponse(questionnaire, pruneHiddenAnswers(questionnaire, answers)));
      }),
    );
  });

  it('is monotone: raising a practice state never lowers the level or its upper bound', () => {
    const practiceIds = questions.filter((q) => q.kind === 'practice').map((q) => q.id);
    fc.assert(
      fc.property(
        anyResponse,
        fc.constantFrom(...practiceIds),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (answers, practice, a, b) => {
          const [low, high] = [Math.min(a, b), Math.max(a, b)].map((i) => PRACTICE_STATES[i] ?? 'absent');
          const lower = { ...answers, [practice]: low as string };
          const higher = { ...answers, [practice]: high as string };
          expect(levelOf(higher)).toBeGreaterThanOrEqual(levelOf(lower));
          expect(maxLevelOf(higher)).toBeGreaterThanOrEqual(maxLevelOf(lower));
        },
      ),
    );
  });

  it('is monotone: moving business use or the model runtime towards production never lowers the level', () => {
    const ladders: Readonly<Record<string, readonly (readonly string[])[]>> = {
      business_consumption: [['no', 'pilot', 'yes']],
      model_runtime: [
        ['none_yet', 'local', 'on_premises'],
        ['none_yet', 'local', 'cloud'],
      ],
    };
    const steps = Object.entries(ladders).flatMap(([id, paths]) =>
      paths.flatMap((path) => path.flatMap((low, i) => path.slice(i + 1).map((high) => ({ id, low, high })))),
    );
    fc.assert(
      fc.property(anyResponse, fc.constantFrom(...steps), (answers, { id, low, high }) => {
        expect(levelOf({ ...answers, [id]: high })).toBeGreaterThanOrEqual(levelOf({ ...answers, [id]: low }));
        expect(maxLevelOf({ ...answers, [id]: high })).toBeGreaterThanOrEqual(maxLevelOf({ ...answers, [id]: low }));
      }),
    );
  });

  it('lets no average cross a gate: every dimension at its best but one gate unmet stays below that gate', () => {
    const failing: readonly { gate: string; patch: fc.Arbitrary<Answers> }[] = [
      { gate: 'l2.business_consumption', patch: fc.constantFrom('no', 'pilot', DONT_KNOW).map((v) => ({ business_consumption: v })) },
      { gate: 'l3.production_runtime', patch: fc.constantFrom('none_yet', 'local', DONT_KNOW).map((v) => ({ model_runtime: v })) },
      {
        gate: 'l3.serving',
        patch: fc.oneof(
          fc.subarray(['notebook', 'dashboard', 'other'], { minLength: 1 }).map((v) => ({ model_consumption: v })),
          fc.constant({ model_consumption: DONT_KNOW }),
          fc.constant({ deploys_models: 'no', non_deployment_reasons: ['lack_of_tools'] }),
        ),
      },
      { gate: 'l4.automated_deployment', patch: fc.constantFrom('absent', 'manual', DONT_KNOW).map((v) => ({ deployment: v })) },
      {
        gate: 'l4.automated_monitoring',
        patch: fc.tuple(fc.constantFrom('model_monitoring', 'alerting'), fc.constantFrom('absent', 'manual', DONT_KNOW)).map(([id, v]) => ({
          [id]: v,
        })),
      },
      { gate: 'l4.automated_retraining', patch: fc.constantFrom('absent', 'manual', DONT_KNOW).map((v) => ({ retraining: v })) },
    ];
    expect(failing.map((f) => f.gate)).toEqual(GATES.map((g) => g.id));
    fc.assert(
      fc.property(
        fc.constantFrom(...failing).chain(({ gate, patch }) => patch.map((p) => ({ gate, answers: { ...BEST_TEAM, ...p } }))),
        ({ gate, answers }) => {
          const result = scoreResponse(questionnaire, answers);
          const gateLevel = GATES.find((g) => g.id === gate)?.level ?? 0;
          expect(result.level).toBeLessThan(gateLevel);
          // The dimensions that are scored stay high: an average of them would have lifted the team.
          const scores = result.dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
          expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(75);
        },
      ),
    );
  });

  it('never lets a dimension-only answer move the level (gate questions and level-4 foundations aside)', () => {
    const foundations = PRACTICES.flatMap((p) => p.prerequisites.filter((e) => e.foundation).map((e) => e.practice));
    const gateQuestions = new Set([...GATES.flatMap((g) => g.questions), ...foundations]);
    const others = questions.map((q) => q.id).filter((id) => !gateQuestions.has(id));
    fc.assert(
      fc.property(anyResponse, fc.constantFrom(...others), (answers, id) =>
        fc.assert(
          fc.property(arbitraryFor(id), (value) => {
            expect(levelOf({ ...answers, [id]: value })).toBe(levelOf(answers));
          }),
          { numRuns: 5 },
        ),
      ),
      { numRuns: 50 },
    );
  });

  it('keeps the confidence range around the level: min = level ≤ max, with the uncertain questions named', () => {
    fc.assert(
      fc.property(anyResponse, (answers) => {
        const { level, confidence } = scoreResponse(questionnaire, answers);
        expect(confidence.min).toBe(level);
        expect(confidence.max).toBeGreaterThanOrEqual(level);
        expect(confidence.uncertainQuestions.length > 0).toBe(confidence.max > confidence.min);
        for (const id of confidence.uncertainQuestions) expect(answers[id]).toBe(DONT_KNOW);
      }),
    );
  });

  it('numbers the gaps 1..n, next level first, with one blocker per unmet gate above the level', () => {
    fc.assert(
      fc.property(anyResponse, (answers) => {
        const { gaps, gates, level } = scoreResponse(questionnaire, answers);
        expect(gaps.map((g) => g.order)).toEqual(gaps.map((_, i) => i + 1));
        expect(gaps.filter((g) => g.kind === 'blocker').map((g) => g.id)).toEqual(
          gates.filter((g) => g.level > level && g.status !== 'passed').map((g) => `blocker:${g.id}`),
        );
        // The blockers and foundations of the next level come before every other gap.
        const nextLevel = gaps.map((g) => (g.kind === 'blocker' || g.kind === 'foundation') && g.level === level + 1);
        const firstOther = nextLevel.indexOf(false);
        if (firstOther >= 0) expect(nextLevel.slice(firstOther).includes(true)).toBe(false);
      }),
    );
  });

  it('aggregates a team the same whatever the order of its responses', () => {
    fc.assert(
      fc.property(
        fc.array(anyResponse, { minLength: 1, maxLength: 5 }).chain((responses) =>
          fc
            .shuffledSubarray(responses.map((_, i) => i), { minLength: responses.length, maxLength: responses.length })
            .map((order) => ({ responses, shuffled: order.map((i) => responses[i] as Answers) })),
        ),
        ({ responses, shuffled }) => {
          expect(aggregateTeam(questionnaire, shuffled)).toEqual(aggregateTeam(questionnaire, responses));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives a team of N identical responses the result of that response', () => {
    fc.assert(
      fc.property(anyResponse, fc.integer({ min: 1, max: 6 }), (answers, n) => {
        const single = scoreResponse(questionnaire, answers);
        const team = aggregateTeam(questionnaire, Array.from({ length: n }, () => answers));
        expect(team.respondents).toBe(n);
        expect(team.disagreements).toEqual([]);
        // A team inconsistency says how many respondents show it (all n here), in words of its own.
        const sameGaps = (gaps: typeof team.gaps) => gaps.map((g) => (g.kind === 'inconsistency' ? { id: g.id, order: g.order } : g));
        expect(team.gaps.filter((g) => g.kind === 'inconsistency').every((g) => g.respondents === n)).toBe(true);
        const { gaps: teamGaps, respondents: _t, completeness: teamCompleteness, ...teamRest } = team;
        const { gaps: singleGaps, respondents: _s, completeness: singleCompleteness, ...singleRest } = single;
        // The mean of n equal shares, summed in floating point.
        expect(teamCompleteness).toBeCloseTo(singleCompleteness, 12);
        expect(sameGaps(teamGaps)).toEqual(sameGaps(singleGaps));
        expect(stripOrder(teamRest)).toEqual(stripOrder(singleRest));
      }),
    );
  });
});
