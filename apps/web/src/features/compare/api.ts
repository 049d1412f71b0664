import { ComparisonSchema, type Comparison } from '@assay/contracts';
import { http } from '../../lib/http.ts';

/** Two to six teams side by side, in the order given. */
export const compareTeams = (workspaceId: string, teamIds: readonly string[]): Promise<Comparison> =>
  http.get(`/workspaces/${workspaceId}/compare?teams=${teamIds.map(encodeURIComponent).join(',')}`, { schema: ComparisonSchema });
