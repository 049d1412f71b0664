import { AssessmentParamsSchema, ExportQuerySchema, PageQuerySchema, ReportQuerySchema, TeamHistorySchema, TeamParamsSchema, TeamResultOrWithheldSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Locale } from '@assay/domain';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses, sendDownload } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './results.service.ts';

/**
 * The report's language from an Accept-Language header: the first language named (by weight)
 * that the report is written in, Portuguese meaning pt-BR; English when it names neither.
 */
export function localeOfAcceptLanguage(header: string | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'pt' || tag.startsWith('pt-')) return 'pt-BR';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

export const resultsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['results'];

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId/result',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'The team result of a closed assessment, or "not enough responses"',
        description:
          'Level (held back by `cap` when a level-4 automation has no foundation), why (gates), next steps, dimensions with the answers behind them, gaps in the order to work on them, every practice’s state, the roadmap, confidence range, disagreements, the benchmark comparison and the free-text answers (unattributed, shuffled on every request); a result stored by engine 1.x is served as it was computed (no cap, practices or roadmap). ' +
          'When fewer responses were submitted than the assessment’s anonymity threshold (frozen when it opened), `{ withheld: true, responses, minimum }` and nothing derived from the answers.',
        params: AssessmentParamsSchema,
        response: { 200: TeamResultOrWithheldSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.getTeamResult(deps, { ...request.params, ...callerOf(request) }),
  );

  app.post(
    '/workspaces/:workspaceId/assessments/:assessmentId/result/recompute',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Recompute a team result with the current scoring engine (owners and admins)',
        description:
          'Stored results are never rescored on their own: a result of an older engine (e.g. 1.0.0) is served as it was computed. This computes the closed assessment’s team result again from its submitted responses with the current engine, replaces it, and records when, by whom and which engine version it replaced (`recomputed` in the answer).',
        params: AssessmentParamsSchema,
        response: { 200: TeamResultOrWithheldSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.recomputeTeamResult(deps, { ...request.params, ...callerOf(request) }),
  );

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId/result/export',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Download the team result as JSON or CSV (409 result_withheld below the anonymity threshold)',
        params: AssessmentParamsSchema,
        querystring: ExportQuerySchema,
        produces: ['application/json', 'text/csv'],
        response: { 200: z.string().describe('The file (JSON: the team result; CSV: one row per gate, step, dimension, gap, disagreement, comparison, free-text answer)'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const file = await service.exportTeamResult(deps, { ...request.params, format: request.query.format, ...callerOf(request) });
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId/result/report',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Download the team result as a PDF report, in English or Brazilian Portuguese (409 result_withheld below the anonymity threshold)',
        description:
          'Drawn on the server (PDFKit, DejaVu Sans embedded): a cover naming the client (workspace), team, assessment, dates and respondent count; an executive summary (level, range, why); the roadmap; the dimension chart; the answers compared with the paper’s respondents, with base and source (derived counts marked, unreported categories shown as not reported); the disagreements on questions that decide the level; the free-text answers (unattributed, shuffled); an appendix of the team’s aggregated answers. ' +
          'The language is `lang`, or else the Accept-Language header (English when it names neither). Same access as the team result; recorded in the audit log as a download (`results.exported`, format `pdf`).',
        params: AssessmentParamsSchema,
        querystring: ReportQuerySchema,
        response: {
          200: { description: 'The PDF file', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } },
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? localeOfAcceptLanguage(request.headers['accept-language']);
      const file = await service.reportTeamResult(deps, { ...request.params, locale, ...callerOf(request) });
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/workspaces/:workspaceId/teams/:teamId/history',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'A team’s levels over time, latest first, and what changed since the previous closed assessment',
        description: PAGED,
        params: TeamParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: TeamHistorySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.getTeamHistory(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );
};
