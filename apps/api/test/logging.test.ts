import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { DrizzleQueryError } from 'drizzle-orm';
import { loggableError } from '../src/lib/db-errors.ts';
import { redactUrl } from '../src/lib/log.ts';
import { openTestDatabase, testConfig } from './helpers.ts';
import type { DatabaseHandle } from '../src/db/client.ts';

describe('redactUrl', () => {
  it.each([
    ['/join/abcDEF123_-', '/join/[redacted]'],
    ['/join/abc?accept=1', '/join/[redacted]?accept=1'],
    ['/respond/tok3n', '/respond/[redacted]'],
    ['/respond/tok3n/extra', '/respond/[redacted]/extra'],
    ['/api/v1/teams', '/api/v1/teams'],
    ['/workspaces/join/x', '/workspaces/join/x'],
    ['/join', '/join'],
    ['There is no GET /join/tok; see /api/docs', 'There is no GET /join/[redacted]; see /api/docs'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe('request logs', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it('never contain the token of an invitation or respondent link, nor credentials', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = await buildApp({ config: testConfig(), database, logger: { level: 'info', stream } });
    try {
      await app.inject({ method: 'GET', url: '/join/SECRET-INVITATION-TOKEN' });
      await app.inject({ method: 'GET', url: '/respond/SECRET-LINK-TOKEN?x=1' });
      await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer SECRET-JWT', cookie: 'refresh=SECRET-COOKIE' } });
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('/join/[redacted]');
    expect(log).toContain('/respond/[redacted]?x=1');
    expect(log.split('\n').filter((line) => line.includes('SECRET-'))).toEqual([]);
    // One access-log line per request, when it ends: method, URL, status and time.
    const requests = lines.map((line) => JSON.parse(line) as { msg: string; req?: { method: string; url: string }; res?: { statusCode: number }; responseTime?: number });
    expect(requests.filter((line) => line.msg === 'incoming request')).toEqual([]);
    const completed = requests.filter((line) => line.msg === 'request completed');
    expect(completed.map((line) => [line.req?.method, line.req?.url, line.res?.statusCode])).toEqual([
      ['GET', '/join/[redacted]', expect.any(Number)],
      ['GET', '/respond/[redacted]?x=1', expect.any(Number)],
      ['GET', '/api/v1/auth/me', 401],
    ]);
    expect(completed.every((line) => typeof line.responseTime === 'number')).toBe(true);
  });
});

describe('failed queries in the log', () => {
  it('keep the statement and the driver code, never the parameters, the row detail or quoted values', () => {
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "my secret answer"'), {
      code: '22P02',
      detail: 'Key (email)=(someone@example.test) already exists.',
      table: 'responses',
    });
    const failed = new DrizzleQueryError('update "responses" set "answers" = $1 where "id" = $2', ['{"q":"my secret answer"}', 'someone@example.test'], pgError);
    const logged = JSON.stringify(loggableError(failed));
    expect(logged).toContain('update \\"responses\\" set \\"answers\\" = $1');
    expect(logged).toContain('22P02');
    expect(logged).not.toContain('secret');
    expect(logged).not.toContain('someone@example.test');
    expect(logged).not.toContain('params');
  });
});
