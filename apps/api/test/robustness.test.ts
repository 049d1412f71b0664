// Malformed input never produces a 500: seeded random bodies against every kind of route,
// broken JSON, wrong types, oversized bodies, bad ids. Every error keeps the envelope.
import { amorim2023v1 } from '@assay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createAssessment, createTeam, createTestApp, createWorkspace, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let owner: Session;
let ws: string;
let teamId: string;
let base: string;
let responseId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  ws = await createWorkspace(t.app, owner);
  teamId = await createTeam(t.app, owner, ws);
  ({ base } = await createAssessment(t.app, owner, ws, teamId));
  responseId = (await call(t.app, owner, 'POST', `${base}/responses`)).json().id;
});
afterAll(async () => t.close());

/** mulberry32: a small seeded generator, so a failure reproduces. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const QUESTION_IDS = amorim2023v1.questions.map((q) => q.id);
const KEYS = ['name', 'email', 'password', 'role', 'answers', 'token', 'title', 'archived', 'teamId', '__proto__', 'constructor', 'x', ...QUESTION_IDS];
const STRINGS = ['', ' ', 'a', 'dont_know', 'automated', 'yes', 'owner', '💥'.repeat(50), 'x'.repeat(5000), '<script>', "'; drop table users; --", '00000000-0000-0000-0000-000000000000'];

function value(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -1, 1.5, 1e308, -1e308, 42, Number.MAX_SAFE_INTEGER + 2][Math.floor(next() * 7)];
    case 3:
    case 4:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 5:
      return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 5); i > 0; i--) object[KEYS[Math.floor(next() * KEYS.length)]!] = value(next, depth + 1);
      return object;
    }
  }
}

function expectEnvelope(response: { statusCode: number; json(): unknown; body: string }, label: string) {
  expect(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
  if (response.statusCode >= 400) {
    expect(response.json(), label).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) }, requestId: expect.any(String) });
  }
}

describe('fuzzed bodies', () => {
  const targets = (): [string, string][] => [
    ['POST', '/api/v1/auth/sign-up'],
    ['POST', '/api/v1/auth/sign-in'],
    ['POST', '/api/v1/workspaces'],
    ['PATCH', `/api/v1/workspaces/${ws}`],
    ['POST', `/api/v1/workspaces/${ws}/invitations`],
    ['PATCH', `/api/v1/workspaces/${ws}/members/${owner.userId}`],
    ['POST', `/api/v1/workspaces/${ws}/teams`],
    ['PATCH', `/api/v1/workspaces/${ws}/teams/${teamId}`],
    ['POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`],
    ['POST', `${base}/respondent-links`],
    ['PATCH', `${base}/responses/${responseId}`],
    ['POST', '/api/v1/invitations/lookup'],
    ['POST', '/api/v1/invitations/accept'],
    ['POST', '/api/v1/guest/lookup'],
    ['POST', '/api/v1/guest/responses'],
  ];

  it('never answer 500 (40 random bodies per route)', async () => {
    const next = random(20260501);
    for (const [method, url] of targets()) {
      for (let i = 0; i < 40; i++) {
        const body = value(next);
        const response = await call(t.app, owner, method as 'POST', url, body ?? {});
        expectEnvelope(response, `${method} ${url} ${JSON.stringify(body)?.slice(0, 200)}`);
      }
    }
  });

  it('answers of the right shape but wrong content are a 422 naming the question, never a 500', async () => {
    const next = random(7);
    const url = `${base}/responses/${responseId}`;
    for (let i = 0; i < 150; i++) {
      const question = next() < 0.9 ? QUESTION_IDS[Math.floor(next() * QUESTION_IDS.length)]! : `unknown_${i}`;
      const shapes = [STRINGS[Math.floor(next() * STRINGS.length)], Math.floor(next() * 200) - 50, [STRINGS[Math.floor(next() * STRINGS.length)]!], { structured: 'sometimes', bogus: 'always' }];
      const answer = shapes[Math.floor(next() * shapes.length)];
      const response = await call(t.app, owner, 'PATCH', url, { answers: { [question]: answer } });
      expectEnvelope(response, `${question}=${JSON.stringify(answer).slice(0, 80)}`);
      expect([200, 400, 422], `${question}=${JSON.stringify(answer).slice(0, 80)}`).toContain(response.statusCode);
      if (response.statusCode === 422) expect(response.json().error.details.map((d: { questionId: string }) => d.questionId)).toContain(question);
    }
  });
});

describe('malformed requests', () => {
  it('rejects unknown fields, naming them', async () => {
    const response = await call(t.app, owner, 'POST', '/api/v1/workspaces', { name: 'Ok', plan: 'enterprise' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/plan/);
  });

  it('rejects broken JSON, wrong content types and oversized bodies', async () => {
    const headers = { authorization: `Bearer ${owner.token}` };
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/workspaces', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('validation_failed');
    const poisoned = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"name":"x","__proto__":{"admin":true}}',
    });
    expect(poisoned.statusCode).toBe(400);
    const text = await t.app.inject({ method: 'POST', url: '/api/v1/workspaces', headers: { ...headers, 'content-type': 'text/plain' }, payload: 'name=x' });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupported_media_type');
    const huge = await t.app.inject({
      method: 'PATCH',
      url: `${base}/responses/${responseId}`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ answers: { mlops_help: 'x'.repeat(300_000) } }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('rejects text the database cannot store (NUL, unpaired surrogates) with 400 naming the field, never a 500', async () => {
    // PostgreSQL's text and jsonb refuse U+0000, and jsonb refuses a lone UTF-16 surrogate.
    const link = (await call(t.app, owner, 'POST', `${base}/respondent-links`, {})).json();
    const cases: [string, ReturnType<typeof call>, string][] = [
      ['workspace name', call(t.app, owner, 'POST', '/api/v1/workspaces', { name: 'Acme\u0000' }), 'body.name'],
      ['account name', call(t.app, null, 'POST', '/api/v1/auth/sign-up', { email: 'nul@example.test', password: 'correct horse battery', name: 'A\u0000' }), 'body.name'],
      ['assessment title', call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, { title: 'Q\u0000' }), 'body.title'],
      ['guest name', call(t.app, null, 'POST', '/api/v1/guest/responses', { token: link.token, name: 'G\u0000' }), 'body.name'],
      ['text answer with NUL', call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { mlops_help: 'more\u0000' } }), 'body.answers.mlops_help'],
      ['text answer with a lone surrogate', call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { mlops_help: 'more\ud800' } }), 'body.answers.mlops_help'],
    ];
    for (const [label, request, field] of cases) {
      const response = await request;
      expect(response.statusCode, `${label}: ${response.body}`).toBe(400);
      expect(response.json().error.details.map((d: { field: string }) => d.field), label).toContain(field);
    }
    // Paired surrogates (emoji) are ordinary text.
    expect((await call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { mlops_help: 'more 💥' } })).statusCode).toBe(200);
  });

  it('rejects malformed ids with 400 naming the parameter', async () => {
    const response = await call(t.app, owner, 'GET', '/api/v1/workspaces/not-a-uuid/teams');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('params.workspaceId');
    expect((await call(t.app, owner, 'GET', "/api/v1/questionnaires/amorim'2023")).statusCode).toBe(400);
  });

  it('answers unknown routes and methods with 404 in the envelope', async () => {
    const unknown = await call(t.app, owner, 'GET', '/api/v1/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    expect((await call(t.app, owner, 'PUT', '/api/v1/workspaces')).statusCode).toBe(404);
  });
});

describe('invisible and direction-override text', () => {
  const invisible = ['\u200b\u200b', ' \u200d\ufeff ', '\u2060', '\u00ad', '\u200e'];
  const overrides = ['Acme\u202e', '\u2066Team\u2069', 'Data \u202dScience'];

  it('refuses a name made only of invisible characters, with a 400 naming the field', async () => {
    for (const name of invisible) {
      const response = await call(t.app, owner, 'POST', '/api/v1/workspaces', { name });
      expect(response.statusCode, JSON.stringify(name)).toBe(400);
      expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'body.name', message: expect.stringMatching(/visible character/) })]);
      expect(response.json().error.message).toMatch(/body\.name/);
    }
  });

  it('refuses direction override and isolate characters in names, labels and free-text answers', async () => {
    for (const name of overrides) {
      const team = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams`, { name });
      expect(team.statusCode).toBe(400);
      expect(team.json().error.details[0]).toMatchObject({ field: 'body.name', message: expect.stringMatching(/direction override/) });
    }
    const label = await call(t.app, owner, 'POST', `${base}/respondent-links`, { label: 'Client\u202e' });
    expect(label.json().error.details[0].field).toBe('body.label');
    const signUpResponse = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: 'rlo@example.test', password: 'correct horse battery', name: '\u202eevil' } });
    expect(signUpResponse.statusCode).toBe(400);
    const textQuestion = amorim2023v1.questions.find((q) => q.kind === 'text');
    expect(textQuestion).toBeDefined();
    const saved = await call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { [textQuestion!.id]: 'fine\u202e' } });
    expect(saved.statusCode).toBe(400);
  });

  it('accepts names in right-to-left scripts and with emoji or marks that show', async () => {
    for (const name of ['فريق البيانات', 'צוות', 'Équipe ✨', 'a\u200bb']) {
      expect((await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams`, { name })).statusCode, name).toBe(201);
    }
  });
});
