import { IndividualResultSchema, TeamResultOrWithheldSchema, type IndividualResult, type TeamResultOrWithheld } from '@assay/contracts';
import type { Locale } from '@assay/domain';
import { download, http } from '../../lib/http.ts';
import { saveFile } from '../../lib/save-file.ts';

const assessment = (workspaceId: string, assessmentId: string): string => `/workspaces/${workspaceId}/assessments/${assessmentId}`;

export const getIndividualResult = (workspaceId: string, assessmentId: string, responseId: string): Promise<IndividualResult> =>
  http.get(`${assessment(workspaceId, assessmentId)}/responses/${responseId}/result`, { schema: IndividualResultSchema });

/** The team result, or "not enough responses" below the assessment's anonymity threshold. */
export const getTeamResult = (workspaceId: string, assessmentId: string): Promise<TeamResultOrWithheld> =>
  http.get(`${assessment(workspaceId, assessmentId)}/result`, { schema: TeamResultOrWithheldSchema });

/**
 * Recomputes a closed assessment's team result with the current scoring engine (owners and admins;
 * the API records when and by whom, and the engine version it replaced).
 */
export const recomputeTeamResult = (workspaceId: string, assessmentId: string): Promise<TeamResultOrWithheld> =>
  http.post(`${assessment(workspaceId, assessmentId)}/result/recompute`, { schema: TeamResultOrWithheldSchema });

/**
 * Downloads a team result export. It needs the access token, so a plain link would not do:
 * fetch it, then hand the browser the file.
 */
export async function downloadTeamResult(workspaceId: string, assessmentId: string, format: 'csv' | 'json'): Promise<void> {
  const { blob, filename } = await download(`${assessment(workspaceId, assessmentId)}/result/export?format=${format}`);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename ?? `assay-result-${assessmentId}.${format}`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

/** Downloads the team result as a PDF report, drawn by the API in the reader's language. */
export const downloadTeamReport = (workspaceId: string, assessmentId: string, locale: Locale): Promise<void> =>
  saveFile(`${assessment(workspaceId, assessmentId)}/result/report?lang=${encodeURIComponent(locale)}`, `assay-report-${assessmentId}-${locale}.pdf`);
