import type { Role } from '@assay/contracts';

/**
 * What the interface offers each role. The API decides (it enforces every permission); this only
 * hides buttons a person could not use anyway.
 */
export const can = {
  manageTeams: (role: Role): boolean => role === 'owner' || role === 'admin' || role === 'assessor',
  runAssessments: (role: Role): boolean => role === 'owner' || role === 'admin' || role === 'assessor',
  reopen: (role: Role): boolean => role === 'owner' || role === 'admin',
  answer: (role: Role): boolean => role !== 'viewer',
};
