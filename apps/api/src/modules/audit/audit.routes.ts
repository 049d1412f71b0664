import { AuditListQuerySchema, AuditPageSchema, ExportQuerySchema, WorkspaceParamsSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses, sendDownload } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import { callerOf } from '../../plugins/auth.ts';

import * as service from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const tags = ['audit'];
  const security = [{ bearer: [] }];

  app.get(
    '/workspaces/:workspaceId/audit',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: "The workspace's audit trail, newest first, paged (owners and admins)",
        description: `${PAGED} Pass the same filters with the cursor: \`action\` keeps one kind of event; \`from\` (included) and \`to\` (excluded) keep a time range.`,
        params: WorkspaceParamsSchema,
        querystring: AuditListQuerySchema,
        response: { 200: AuditPageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listAudit(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.get(
    '/workspaces/:workspaceId/audit/export',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Download the whole audit trail as JSON or CSV (owners and admins; the export is recorded)',
        params: WorkspaceParamsSchema,
        querystring: ExportQuerySchema,
        produces: ['application/json', 'text/csv'],
        response: { 200: z.string().describe('The file'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await service.exportAudit(deps, { ...request.params, format: request.query.format, ...callerOf(request) });
      return sendDownload(reply, file);
    },
  );
};
