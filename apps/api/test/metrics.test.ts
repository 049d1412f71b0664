// Prometheus metrics: request duration by route pattern, errors, autosaves and the database
// pool, served on a port of their own (METRICS_PORT) and never on the public one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer } from '../src/plugins/metrics.ts';
import { LEVEL_3 } from './fixtures.ts';
import { call, createAssessment, createTeam, createTestApp, createWorkspace, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('metrics', () => {
  it('are not on the public port', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/metrics' })).statusCode).toBe(404);
  });

  it('count requests by route pattern (never ids), errors, autosaves and the pool, on their own port', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const team = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, team);
    const responseId = (await call(t.app, owner, 'POST', `${base}/responses`)).json().id;
    // Opened first, as the questionnaire does: its save is then one statement (assay_autosave_batch_size).
    await call(t.app, owner, 'GET', `${base}/responses/${responseId}`);
    await call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { company_size: LEVEL_3.company_size } });
    await call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { no_such_question: 'x' } });
    await call(t.app, null, 'GET', '/api/v1/auth/me');

    const server = await startMetricsServer(t.app, { host: '127.0.0.1', port: 0 });
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/plain/);
      const text = await response.text();
      const route = '/api/v1/workspaces/:workspaceId/assessments/:assessmentId/responses/:responseId';
      expect(text).toContain(`assay_http_request_duration_seconds_count{method="PATCH",route="${route}",status_code="200"} 1`);
      expect(text).toContain(`assay_http_errors_total{method="GET",route="/api/v1/auth/me",status_code="401"} 1`);
      expect(text).toMatch(/assay_autosaves_total\{respondent="user",outcome="saved"\} 1/);
      expect(text).toMatch(/assay_autosaves_total\{respondent="user",outcome="refused"\} 1/);
      // The refused save never reached the database: one statement, carrying one save.
      expect(text).toContain('assay_autosave_batch_size_count{respondent="user"} 1');
      expect(text).toContain('assay_autosave_batch_size_sum{respondent="user"} 1');
      expect(text).toContain('assay_autosave_batch_size_bucket{le="1",respondent="user"} 1');
      expect(text).toMatch(/assay_db_pool_connections\{state="total"\} \d+/);
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).not.toContain(ws);
      expect(text).not.toContain(responseId);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
