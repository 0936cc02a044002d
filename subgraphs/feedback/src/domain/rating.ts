/**
 * An average star rating from a sum and a count, rounded to two decimals (4.666… → 4.67);
 * null when nothing was rated, so "no reviews yet" is not shown as 0 stars.
 */
export function averageRating(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sum / count) * 100) / 100;
}
