// zod schemas of every request and response body of the Assay HTTP API (/api/v1), shared by
// the API (route schemas, hence the OpenAPI document) and the web app (parsing responses).
export * from './common.ts';
export * from './headers.ts';
export * from './paging.ts';
export * from './questionnaire.ts';
export * from './benchmark.ts';
export * from './result.ts';
export * from './auth.ts';
export * from './workspaces.ts';
export * from './teams.ts';
export * from './assessments.ts';
export * from './results.ts';
export * from './responses.ts';
export * from './operations.ts';
export * from './audit.ts';
export * from './paging.ts';
export * from './targets.ts';
export * from './dashboard.ts';
export * from './compare.ts';
export * from './portfolio.ts';
export * from './client-benchmark.ts';
