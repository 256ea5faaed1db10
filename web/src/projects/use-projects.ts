/** A department-year's project list as the server sends it (rows, 自评覆盖率, grades), reloaded on demand. */
import { useCallback, useEffect, useState } from 'react';
import { api, type ProjectFilter, type ProjectListResponse } from '../api';

export interface ProjectsState {
  data: ProjectListResponse | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

export function useProjects(
  departmentId: number,
  year: number,
  filter: ProjectFilter | null = null,
): ProjectsState {
  const [data, setData] = useState<ProjectListResponse | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for the same list again
  useEffect(() => {
    let live = true;
    setLoading(true);
    api
      .projects(departmentId, year, filter)
      .then((r) => {
        if (!live) return;
        setData(r);
        setError(null);
      })
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [departmentId, year, filter, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, loading, error, reload };
}
