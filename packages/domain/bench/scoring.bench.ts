/*
 * `pnpm bench` (in packages/domain): how fast the scoring engine is, beside JSON.parse of the same
 * response as a floor. Targets (issue 2): scoreResponse on one complete response under 20 µs
 * median; aggregateTeam on 50 responses under 1 ms median. A measurement, not a test: it prints a
 * table and exits 0 either way.
 */
import { amorim2023v1 } from '../src/questionnaire/index.ts';
import { PRACTICE_STATES, type Answers } from '../src/questionnaire/types.ts';
import { aggregateTeam, scoreResponse } from '../src/scoring/index.ts';
import { LEVEL_3_TEAM, LEVEL_4_TEAM, TEAMS_BY_LEVEL } from '../src/scoring/responses.fixture.ts';

interface Measure {
  readonly name: string;
  readonly medianUs: number;
  readonly p95Us: number;
  readonly targetUs: number | null;
}

/** Times `run` `samples` times, one call per sample, after `warmUp` untimed calls. */
function measure(name: string, run: () => unknown, samples: number, warmUp: number, targetUs: number | null): Measure {
  let sink: unknown;
  for (let i = 0; i < warmUp; i += 1) sink = run();
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    sink = run();
    times[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  if (sink === undefined) throw new Error(`${name} returned nothing`);
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { name, medianUs: at(0.5), p95Us: at(0.95), targetUs };
}

/**
 * 50 respondents of one team: the four level fixtures with practice states varied by a fixed
 * pattern, so the aggregate has real disagreement to measure. Deterministic: no randomness.
 */
function teamOf(size: number): Answers[] {
  const practices = amorim2023v1.questions.filter((q) => q.kind === 'practice').map((q) => q.id);
  return Array.from({ length: size }, (_, i) => {
    const base = TEAMS_BY_LEVEL[i % 4 === 0 ? 2 : 3 - (i % 2)]?.answers ?? LEVEL_4_TEAM;
    const varied: Record<string, Answers[string]> = { ...base };
    practices.forEach((id, j) => {
      if ((i * 7 + j * 3) % 5 === 0) varied[id] = PRACTICE_STATES[(i + j) % 3] ?? 'manual';
    });
    return varied;
  });
}

const response = LEVEL_3_TEAM;
const json = JSON.stringify(response);
const team = teamOf(50);

const results = [
  measure('JSON.parse (floor)', () => JSON.parse(json) as unknown, 20_000, 5_000, null),
  measure('scoreResponse, 1 complete response', () => scoreResponse(amorim2023v1, response), 20_000, 5_000, 20),
  measure('aggregateTeam, 50 responses', () => aggregateTeam(amorim2023v1, team), 1_000, 200, 1000),
];

const fmt = (us: number) => (us >= 100 ? us.toFixed(0) : us.toFixed(2)).padStart(9);
console.log(`Node ${process.version}, ${json.length} bytes of response JSON\n`);
console.log(`${'measure'.padEnd(38)}${'median µs'.padStart(11)}${'p95 µs'.padStart(11)}${'target µs'.padStart(11)}  verdict`);
for (const r of results) {
  const verdict = r.targetUs === null ? '' : r.medianUs < r.targetUs ? 'met' : 'MISSED';
  console.log(`${r.name.padEnd(38)}  ${fmt(r.medianUs)}  ${fmt(r.p95Us)}  ${r.targetUs === null ? ''.padStart(9) : fmt(r.targetUs)}  ${verdict}`);
}
