// What the OpenAPI document adds to each route's schema, so it passes `redocly lint` with no
// warnings: an operationId derived from method and path, `security` on every operation (public
// ones say `[]`: no credentials), and a generic 4XX response where the route lists none (any
// route answers 400 to a malformed URL, in the error envelope).
import { ErrorResponseSchema } from '@assay/contracts';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Schema = Record<string, unknown> & { response?: Record<string, unknown>; security?: { [label: string]: readonly string[] }[]; operationId?: string; hide?: boolean };

/** `GET /api/v1/workspaces/:workspaceId/teams` → `getWorkspacesByWorkspaceIdTeams`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '/')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  const pascal = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return `${method.toLowerCase()}${pascal || 'Root'}`;
}

export function openApiTransform(input: TransformInput) {
  const out = jsonSchemaTransform(input) as { schema: Schema; url: string };
  if (out.schema?.hide) return out;
  const schema: Schema = { ...out.schema };
  const method = Array.isArray(input.route.method) ? input.route.method[0]! : input.route.method;
  schema.operationId ??= operationIdOf(method, input.url);
  schema.security ??= [];
  const responses = { ...(schema.response ?? {}) };
  if (!Object.keys(responses).some((status) => status.startsWith('4'))) {
    responses['4XX'] = { description: 'A malformed request (the error envelope says what was wrong)', ...(jsonSchemaOf(ErrorResponseSchema) as object) };
  }
  schema.response = responses;
  return { ...out, schema };
}

function jsonSchemaOf(schema: typeof ErrorResponseSchema): unknown {
  return schema.toJSONSchema({ target: 'draft-2020-12', io: 'output' });
}
