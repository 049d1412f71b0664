import { queryOptions } from '@tanstack/react-query';
import { getClientBenchmark } from './api.ts';

export const clientBenchmarkKeys = {
  all: ['client-benchmark'] as const,
  workspace: (workspaceId: string) => [...clientBenchmarkKeys.all, workspaceId] as const,
};

export const clientBenchmarkQuery = (workspaceId: string) =>
  queryOptions({ queryKey: clientBenchmarkKeys.workspace(workspaceId), queryFn: () => getClientBenchmark(workspaceId) });
