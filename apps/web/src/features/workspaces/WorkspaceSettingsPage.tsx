import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useOperationsWords } from '../../lib/i18n/operations.ts';
import { Link } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { AuditLog } from '../audit/components/AuditLog.tsx';
import { DeleteWorkspace, ExportWorkspace } from './components/WorkspaceEnd.tsx';
import { workspaceQuery } from './queries.ts';

/**
 * A workspace's settings for its owners and admins: the audit log; owners also export the whole
 * workspace and delete it (the anonymity threshold stays on the workspace page, beside its teams). Other roles are told the page is not
 * theirs (the API refuses them anyway).
 */
export default function WorkspaceSettingsPage({ workspaceId }: { workspaceId: string }): ReactNode {
  const w = useOperationsWords();
  const workspace = useQuery(workspaceQuery(workspaceId));
  if (workspace.isPending) return <Loading />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} />;
  const { role, name } = workspace.data;
  return (
    <div>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}`}>{name}</Link>
      </p>
      <h1>{w('settings.title')}</h1>
      {!can.manageMembers(role) ? (
        <p className="alert info">{w('settings.forbidden')}</p>
      ) : (
        <>
          <AuditLog workspaceId={workspaceId} />
          {role === 'owner' ? (
            <div className="grid-2">
              <ExportWorkspace workspace={workspace.data} />
              <DeleteWorkspace workspace={workspace.data} />
            </div>
          ) : (
            <p className="muted">{w('settings.ownersOnly')}</p>
          )}
        </>
      )}
    </div>
  );
}
