import { ErrorResponseSchema } from '@assay/contracts';

/** Response schemas of the error statuses a route can answer, for the OpenAPI document. */
export function errorResponses<const S extends readonly number[]>(...statuses: S): { [K in S[number]]: typeof ErrorResponseSchema } {
  return Object.fromEntries(statuses.map((status) => [status, ErrorResponseSchema])) as { [K in S[number]]: typeof ErrorResponseSchema };
}
