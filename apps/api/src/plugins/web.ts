// Serves the built web app (apps/web/dist) at `/` when it exists, with the SPA fallback: any
// GET that is not an API path and matches no file gets index.html. Everything else that
// matches no route is a 404 in the error envelope.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { NotFoundError } from '../errors.ts';

const API_PATHS = /^\/(api|health|ready)(\/|$|\?)/;

export default fp<{ config: Config }>(
  async (app, { config }) => {
    const index = join(config.webDist, 'index.html');
    const hasWeb = existsSync(index);
    const assets = join(config.webDist, 'assets');
    if (hasWeb) {
      await app.register(fastifyStatic, {
        root: config.webDist,
        wildcard: true,
        index: false,
        // The web build writes .br and .gz next to each text file (apps/web/scripts/precompress.mjs):
        // served as they are to clients that accept them, no compressing per request.
        preCompressed: true,
        // Vite fingerprints everything under assets/; other files must be revalidated.
        setHeaders: (res, path) => {
          res.header('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
      app.get('/', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
    }
    app.setNotFoundHandler((request, reply) => {
      const path = request.url;
      if (hasWeb && (request.method === 'GET' || request.method === 'HEAD') && !API_PATHS.test(path)) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      throw new NotFoundError('route_not_found', `There is no ${request.method} ${path.split('?')[0]}; see /api/docs for the routes.`);
    });
  },
  { name: 'web', dependencies: ['errors'] },
);
