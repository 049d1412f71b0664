// Every module's routes, mounted under /api/v1 by app.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { workspacesRoutes } from './workspaces/workspaces.routes.ts';

export const apiRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  // Only the config is passed on: the options also hold this plugin's own prefix.
  await app.register(authRoutes, { config });
  await app.register(workspacesRoutes, { config });
};
