/*
 * `pnpm bench` (in packages/domain): how fast the scoring engine is, beside JSON.parse of the same
 * response as a floor, measured interleaved (floor, engine, floor, engine, …) so the machine's load
 * moves both alike; each round's ratio engine / floor is printed with its spread. Targets: scoring
 * one complete amorim-2023@2 response with its roadmap under 20 µs median (issue 7);
 * aggregateTeam on 50 responses under 1 ms median (issue 2). Pin it to one core for figures that
 * mean something (`taskset -c 1 pnpm --filter @assay/domain bench`) and run it several times on a
 * shared machine: other processes move the p95 far more than the median.
 *
 * A measurement, not a test: a missed target is printed, never an error. It exits non-zero only
 * when a measured call does not produce its result (throws, or returns something that is not the
 * expected result), since then the figures would mean nothing.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { amorim2023v2, PRACTICES_ADDED_IN_V2 } from '../src/questionnaire/index.ts';
import { PRACTICE_STATES, type Answers } from '../src/questionnaire/types.ts';
import type { Result } from '../src/scoring/types.ts';
import { aggregateTeam, scoreResponse } from '../src/scoring/index.ts';
import { LEVEL_3_TEAM, LEVEL_4_TEAM, TEAMS_BY_LEVEL } from '../src/scoring/responses.fixture.ts';

interface Measure {
  readonly name: string;
  readonly samples: number;
  readonly warmUp: number;
  readonly medianUs: number;
  readonly p95Us: number;
  readonly targetUs: number | null;
}

/**
 * Times `run` `samples` times, one call per sample, after `warmUp` untimed calls. Every result is
 * checked by `produced` (outside the timed section), so a call that silently stops producing its
 * result cannot pass for a fast one.
 */
function measure<T>(
  name: string,
  run: () => T,
  produced: (result: T) => boolean,
  samples: number,
  warmUp: number,
  targetUs: number | null,
): Measure {
  for (let i = 0; i < warmUp; i += 1) {
    if (!produced(run())) throw new Error(`${name}: a warm-up call did not produce its result`);
  }
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    const result = run();
    times[i] = Number(process.hrtime.bigint() - start) / 1000;
    if (!produced(result)) throw new Error(`${name}: call ${i + 1} did not produce its result`);
  }
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { name, samples, warmUp, medianUs: at(0.5), p95Us: at(0.95), targetUs };
}

/**
 * 50 respondents of one team: the four level fixtures with practice states varied by a fixed
 * pattern, so the aggregate has real disagreement to measure. Deterministic: no randomness.
 */
function teamOf(size: number): Answers[] {
  const practices = amorim2023v2.questions.filter((q) => q.kind === 'practice').map((q) => q.id);
  return Array.from({ length: size }, (_, i) => {
    const base = TEAMS_BY_LEVEL[i % 4 === 0 ? 2 : 3 - (i % 2)]?.answers ?? LEVEL_4_TEAM;
    const varied: Record<string, Answers[string]> = { ...onV2(base) };
    practices.forEach((id, j) => {
      if ((i * 7 + j * 3) % 5 === 0) varied[id] = PRACTICE_STATES[(i + j) % 3] ?? 'manual';
    });
    return varied;
  });
}

/** The cores this process may run on (e.g. "1" under `taskset -c 1`), from Linux's /proc. */
function allowedCpus(): string {
  try {
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A fixture of @1 answered on @2 too: the new practices manual. */
function onV2(answers: Answers): Answers {
  return { ...answers, ...Object.fromEntries(PRACTICES_ADDED_IN_V2.map((id) => [id, 'manual'])) };
}

const response = onV2(LEVEL_3_TEAM);
const json = JSON.stringify(response);
const team = teamOf(50);
// The level the fixture pins (score.test.ts): a result with another level is not the result.
const isResult = (level: number, respondents: number) => (result: Result) =>
  result.level === level && result.respondents === respondents && result.gates.length > 0 && result.roadmap.length > 0;
const expectedTeamLevel = aggregateTeam(amorim2023v2, team).level;

const ROUNDS = 4;
let results: Measure[];
const ratios: number[] = [];
try {
  const floors: Measure[] = [];
  const scores: Measure[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const floor = measure('JSON.parse (floor)', () => JSON.parse(json) as unknown, (parsed) => typeof parsed === 'object' && parsed !== null, 10_000, 2_500, null);
    const score = measure('scoreResponse @2 + roadmap', () => scoreResponse(amorim2023v2, response), isResult(3, 1), 10_000, 2_500, 20);
    floors.push(floor);
    scores.push(score);
    ratios.push(score.medianUs / floor.medianUs);
  }
  const middle = (list: Measure[]) => [...list].sort((a, b) => a.medianUs - b.medianUs)[Math.floor(list.length / 2)] as Measure;
  results = [
    middle(floors),
    middle(scores),
    measure('aggregateTeam @2, 50 responses', () => aggregateTeam(amorim2023v2, team), isResult(expectedTeamLevel, 50), 1_000, 200, 1000),
  ];
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const fmt = (us: number) => (us >= 100 ? us.toFixed(0) : us.toFixed(2)).padStart(9);
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, allowed CPUs ${allowedCpus()}`);
console.log(`load average ${load} (1, 5, 15 min); ${json.length} bytes of response JSON\n`);
console.log(
  `${'measure'.padEnd(38)}${'samples'.padStart(9)}${'warm-up'.padStart(9)}${'median µs'.padStart(11)}${'p95 µs'.padStart(11)}${'target µs'.padStart(11)}  verdict`,
);
for (const r of results) {
  const verdict = r.targetUs === null ? '' : r.medianUs < r.targetUs ? 'met' : 'MISSED';
  console.log(
    `${r.name.padEnd(38)}${String(r.samples).padStart(9)}${String(r.warmUp).padStart(9)}  ${fmt(r.medianUs)}  ${fmt(r.p95Us)}  ${r.targetUs === null ? ''.padStart(9) : fmt(r.targetUs)}  ${verdict}`,
  );
}
ratios.sort((a, b) => a - b);
console.log(
  `\nscoreResponse / JSON.parse, ${ROUNDS} interleaved rounds: median ${(ratios[Math.floor(ratios.length / 2)] ?? Number.NaN).toFixed(2)}×, spread ${(ratios[0] ?? Number.NaN).toFixed(2)}–${(ratios.at(-1) ?? Number.NaN).toFixed(2)}×`,
);
