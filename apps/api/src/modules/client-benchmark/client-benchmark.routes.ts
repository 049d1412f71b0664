import { ClientBenchmarkSchema, WorkspaceParamsSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './client-benchmark.service.ts';

const DESCRIPTION = [
  'Beside, never merged with, the paper’s 66 respondents: how the caller’s **other** client workspaces stand. The viewed workspace is never among them.',
  '',
  '**Who contributes.** Each workspace other than this one where the caller is owner, admin or assessor, whose owner opted in (`clientBenchmark` on the workspace, default off), with a closed result that met the anonymity threshold k frozen on its assessment. One value per workspace: of its teams (not archived), each team’s latest closed round, kept only if its result met k (a withheld round is never replaced by an older one); of those, the one closed last.',
  '',
  '**When.** `not_enough` (no figure at all) under 5 contributing workspaces; the practices likewise need 5 workspaces whose result has practice states (engine 2).',
  '',
  '**Suppression.** Each row (the four levels; each practice over absent, manual, automated and unknown = don’t know, unanswered or not asked) counts every contributing workspace, and its base is shown. A cell under 2 is suppressed (`{ suppressed: true }`, no number). Then, while the suppressed cells of a row are only one, or hold fewer than 2 workspaces together, the smallest shown cell is suppressed too: so no suppressed cell is the base minus the shown ones, 0 is never told from 1, and no shown cell holds every workspace.',
  '',
  '**Differencing over time.** Two views whose contributors differ by one workspace (it opted in or out, closed a new round, was recomputed, or the caller joined or left it) would give that workspace’s level and practice states by subtraction. Every view shown for this workspace is recorded (digests of the contributing workspaces and their results, never their ids or figures); a view that differs by exactly one workspace from any view already shown is `held` (no figure) until a second workspace changes. The same view again is shown. Not covered: several viewers pooling three or more views, and clients comparing what they were shown with each other.',
].join('\n');

export const clientBenchmarkRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };

  app.get(
    '/workspaces/:workspaceId/client-benchmark',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['results'],
        security: [{ bearer: [] }],
        summary: '“Your clients”: the level distribution and practice states of your other client workspaces (owner, admin, assessor; members and viewers 403)',
        description: DESCRIPTION,
        params: WorkspaceParamsSchema,
        response: { 200: ClientBenchmarkSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.clientBenchmark(deps, { ...request.params, ...callerOf(request) }),
  );
};
