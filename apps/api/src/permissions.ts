// Who may do what: the one place roles are enforced. Services resolve the caller's access to
// a workspace (requireAccess) and then call authorize() with an action of this table.
import type { Role } from '@assay/contracts';
import { ForbiddenError, NotFoundError, type Refusal } from './errors.ts';

/**
 * `all`: anywhere in the workspace. `team`: only for teams the member belongs to (anything of
 * another team reads as not found). A role missing from an action may not do it (403).
 */
type Grant = 'all' | 'team';

const EVERYONE = { owner: 'all', admin: 'all', assessor: 'all', member: 'all', viewer: 'all' } as const;
const MANAGERS = { owner: 'all', admin: 'all' } as const;
const RUNNERS = { owner: 'all', admin: 'all', assessor: 'all' } as const;
const READERS = { owner: 'all', admin: 'all', assessor: 'all', viewer: 'all', member: 'team' } as const;

export const PERMISSIONS = {
  /** See the workspace, its members and their roles. */
  'workspace.read': EVERYONE,
  /** Rename the workspace. */
  'workspace.update': MANAGERS,
  /** Let the workspace's results count, unattributed, in its consultants' "Your clients" benchmark. */
  'workspace.clientBenchmark': { owner: 'all' },
  /** See how this client compares with one's other client workspaces ("Your clients" benchmark). */
  'benchmark.clients': RUNNERS,
  /** Invite, change roles, remove members; add members to teams. */
  'members.manage': MANAGERS,
  /** See teams, their assessments and their levels. */
  'teams.read': READERS,
  /** Create, rename, archive teams. */
  'teams.manage': MANAGERS,
  /** Start, open, close assessments; delete drafts; respondent links; see who responded. */
  'assessments.run': RUNNERS,
  /** Reopen a closed assessment (its team result is withdrawn until it closes again). */
  'assessments.reopen': MANAGERS,
  /** Answer an open assessment with one's own response. */
  'responses.answer': { owner: 'all', admin: 'all', assessor: 'all', member: 'team' },
  /** Read other people's responses and individual results (one's own is always readable). */
  'responses.readAll': RUNNERS,
  /** Read and export team results and history. */
  'results.read': READERS,
  /** Have a closed assessment's team result computed again with the current engine (recorded). */
  'results.recompute': MANAGERS,
  /** Export the whole workspace, or delete it (with its name typed again). */
  'workspace.delete': { owner: 'all' },
  /** See a team's target and how it stands against it. */
  'targets.read': READERS,
  /** Set, change or clear a team's target. */
  'targets.manage': RUNNERS,
  /** See a team's actions and whether their gaps closed. */
  'actions.read': READERS,
  /** Create, change and delete any action of a team. */
  'actions.manage': RUNNERS,
  /** Change the status and notes of an action one owns. */
  'actions.updateOwn': { member: 'team' },
  /** Read and export the workspace's audit trail. */
  'audit.read': MANAGERS,
} as const satisfies Record<string, Partial<Record<Role, Grant>>>;

export type Action = keyof typeof PERMISSIONS;

/** The caller's standing in one workspace. */
export interface Access {
  readonly workspaceId: string;
  readonly userId: string;
  readonly role: Role;
  /** Teams the caller belongs to. */
  readonly teamIds: readonly string[];
}

export function grantOf(role: Role, action: Action): Grant | undefined {
  return (PERMISSIONS[action] as Partial<Record<Role, Grant>>)[role];
}

export function can(access: Access, action: Action, teamId?: string): boolean {
  const grant = grantOf(access.role, action);
  if (grant === undefined) return false;
  return grant === 'all' || teamId === undefined || access.teamIds.includes(teamId);
}

/**
 * Throws unless the caller may do `action` (on `teamId`'s things, when given). A role without
 * the action gets 403; a member looking at another team's things gets 404, as if it did not exist.
 */
export function authorize(access: Access, action: Action, scope?: { teamId: string; notFound: Refusal }): void {
  const grant = grantOf(access.role, action);
  if (grant === undefined) throw new ForbiddenError('role_forbidden', `Your role (${access.role}) does not allow this (${action}); ask an owner or admin.`);
  if (grant === 'team' && scope !== undefined && !access.teamIds.includes(scope.teamId)) {
    // The same message as for a thing that does not exist.
    throw new NotFoundError(scope.notFound.reason, scope.notFound.message);
  }
}

/** For listings: the team ids the caller may see for `action`, or 'all'. */
export function visibleTeams(access: Access, action: Action): 'all' | readonly string[] {
  const grant = grantOf(access.role, action);
  if (grant === undefined) return [];
  return grant === 'all' ? 'all' : access.teamIds;
}
