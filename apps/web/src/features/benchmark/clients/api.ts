import { ClientBenchmarkSchema, type ClientBenchmark } from '@assay/contracts';
import { http } from '../../../lib/http.ts';

/** How the caller's other client workspaces stand (owners, admins and assessors of this one). */
export const getClientBenchmark = (workspaceId: string): Promise<ClientBenchmark> =>
  http.get(`/workspaces/${workspaceId}/client-benchmark`, { schema: ClientBenchmarkSchema });
