/** The departments the user may see, loaded once per page (an empty list when they cannot be read). */
import { useEffect, useState } from 'react';
import { api, type Department } from '../api';

export function useDepartments(): Department[] {
  const [departments, setDepartments] = useState<Department[]>([]);
  useEffect(() => {
    api
      .departments()
      .then((r) => setDepartments(r.departments))
      .catch(() => setDepartments([]));
  }, []);
  return departments;
}
