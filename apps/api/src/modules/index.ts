// Every module's routes, mounted under /api/v1 by app.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { assessmentsRoutes } from './assessments/assessments.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { publicRoutes } from './public/public.routes.ts';
import { responsesRoutes } from './responses/responses.routes.ts';
import { resultsRoutes } from './results/results.routes.ts';
import { teamsRoutes } from './teams/teams.routes.ts';
import { targetsRoutes } from './targets/targets.routes.ts';
import { actionsRoutes } from './actions/actions.routes.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { compareRoutes } from './compare/compare.routes.ts';
import { portfolioRoutes } from './portfolio/portfolio.routes.ts';
import { clientBenchmarkRoutes } from './client-benchmark/client-benchmark.routes.ts';
import { workspacesRoutes } from './workspaces/workspaces.routes.ts';

export const apiRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  // Tenant data must not linger in shared caches; the public definitions set their own policy.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  // Only the config is passed on: the options also hold this plugin's own prefix.
  await app.register(authRoutes, { config });
  await app.register(workspacesRoutes, { config });
  await app.register(teamsRoutes, { config });
  await app.register(assessmentsRoutes, { config });
  await app.register(responsesRoutes, { config });
  await app.register(resultsRoutes, { config });
  await app.register(targetsRoutes, { config });
  await app.register(actionsRoutes, { config });
  await app.register(dashboardRoutes, { config });
  await app.register(compareRoutes, { config });
  await app.register(portfolioRoutes, { config });
  await app.register(clientBenchmarkRoutes, { config });
  await app.register(auditRoutes, { config });
  await app.register(publicRoutes);
};
