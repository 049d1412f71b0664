import { ErrorResponseSchema } from '@assay/contracts';
import type { FastifyReply } from 'fastify';

/** Response schemas of the error statuses a route can answer, for the OpenAPI document. */
export function errorResponses<const S extends readonly number[]>(...statuses: S): { [K in S[number]]: typeof ErrorResponseSchema } {
  return Object.fromEntries(statuses.map((status) => [status, ErrorResponseSchema])) as { [K in S[number]]: typeof ErrorResponseSchema };
}

/** A file the client downloads (exports): its bytes as they are, with a name to save it under. */
export interface Download {
  readonly filename: string;
  readonly contentType: string;
  readonly body: string | Buffer;
}

/** Sends a download: `Content-Disposition: attachment`, the body not re-serialised. */
export function sendDownload(reply: FastifyReply, file: Download) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .serializer((payload) => payload as string)
    .send(file.body);
}
