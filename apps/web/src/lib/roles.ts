import { ROLES, type Role } from '@assay/contracts';

const MANAGERS: readonly Role[] = ['owner', 'admin'];
const RUNNERS: readonly Role[] = ['owner', 'admin', 'assessor'];

/**
 * What the interface offers each role, mirroring the API's permission table (apps/api
 * `permissions.ts`). The API decides (it enforces every permission, and its 403 is shown in words
 * if this table and it ever disagree); this only hides controls a person could not use anyway.
 */
export const can = {
  /** Invite, change roles, remove members, put members in teams. */
  manageMembers: (role: Role): boolean => MANAGERS.includes(role),
  /** Create, rename, archive and unarchive teams. */
  manageTeams: (role: Role): boolean => MANAGERS.includes(role),
  /** Start, open, close assessments; delete drafts; respondent links. */
  runAssessments: (role: Role): boolean => RUNNERS.includes(role),
  reopen: (role: Role): boolean => MANAGERS.includes(role),
  /** Recompute a stored team result with the current scoring engine (recorded with who and when). */
  recomputeResults: (role: Role): boolean => MANAGERS.includes(role),
  answer: (role: Role): boolean => role !== 'viewer',
  /** See the "Your clients" benchmark (the caller's other client workspaces) on a team result. */
  seeClientBenchmark: (role: Role): boolean => RUNNERS.includes(role),
  /** Let the workspace count in its consultants' "Your clients" benchmark. */
  changeClientBenchmark: (role: Role): boolean => role === 'owner',
  /** Set, change and clear a team's target; create, change and delete its actions. */
  manageProgress: (role: Role): boolean => RUNNERS.includes(role),
  /**
   * Whether `role` may change the role of, or remove, someone whose role is `target`: only an
   * owner touches owners. (The last owner is protected by the API, which says so in words.)
   */
  manageMember: (role: Role, target: Role): boolean => MANAGERS.includes(role) && (target !== 'owner' || role === 'owner'),
  /** The roles `role` may hand out (by invitation or role change): only an owner makes owners. */
  assignableRoles: (role: Role): readonly Role[] => (role === 'owner' ? ROLES : MANAGERS.includes(role) ? ROLES.filter((r) => r !== 'owner') : []),
};
