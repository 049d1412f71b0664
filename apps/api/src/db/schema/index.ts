// The database schema, one file per aggregate. Every tenant table carries workspace_id, and
// children reference their parent through (workspace_id, id) so a row can never point into
// another workspace.
export * from './users.ts';
export * from './workspaces.ts';
export * from './invitations.ts';
export * from './teams.ts';
export * from './assessments.ts';
export * from './responses.ts';
export * from './audit.ts';
export * from './targets.ts';
export * from './client-benchmark.ts';
