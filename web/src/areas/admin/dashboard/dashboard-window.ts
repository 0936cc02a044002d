/** The dashboard's time windows: since midnight (local time), the last 7 and the last 30 days. */
export const WINDOWS = ['today', 'week', 'month'] as const;
export type DashboardWindow = (typeof WINDOWS)[number];

const DAY_MS = 86_400_000;

/**
 * The `[from, to)` of a window as ISO strings, ending now. Computed when the admin picks the
 * window (not on every render), so the query's variables stay put and Apollo does not refetch
 * in a loop; the refresh button asks again with a new "now".
 */
export function windowRange(window: DashboardWindow, now: Date = new Date()): { from: string; to: string } {
  const to = now.toISOString();
  if (window === 'today') {
    const midnight = new Date(now);
    midnight.setHours(0, 0, 0, 0);
    return { from: midnight.toISOString(), to };
  }
  const days = window === 'week' ? 7 : 30;
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to };
}
