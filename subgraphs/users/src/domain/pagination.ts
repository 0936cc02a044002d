/** Most items one page may hold. */
export const MAX_PAGE_SIZE = 100;

/** Why a requested page size is refused, or `null`. */
export function pageSizeProblem(first: number): string | null {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) return `first must be between 1 and ${MAX_PAGE_SIZE}`;
  return null;
}
