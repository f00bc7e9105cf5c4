// The lesson catalog for what sits outside the lessons view (the navigation's progress, the
// workbench's "start here"): loaded on demand, once, as a chunk of its own.
import { useQuery } from '@tanstack/react-query'

export function useLessonCatalog() {
  return useQuery({
    queryKey: ['lessons', 'catalog'],
    queryFn: async () => (await import('./lesson-catalog.ts')).lessonCatalog,
    staleTime: Infinity,
    gcTime: Infinity,
  })
}
