// The workspaces' query keys alone (no calls imported), so the header's switcher can read the cache
// without putting the workspace calls and schemas into every page's first load.
export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
  /** The header's switcher: names containing `q` (all when empty). */
  switcher: (q: string) => [...workspaceKeys.all, 'switcher', q] as const,
  detail: (workspaceId: string) => [...workspaceKeys.all, 'detail', workspaceId] as const,
};
