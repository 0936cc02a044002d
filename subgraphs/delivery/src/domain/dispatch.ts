import { haversineMeters, type LatLng } from './geo';

/** A courier the dispatcher may offer a delivery to: AVAILABLE, with no open offer and no active delivery. */
export interface DispatchCandidate {
  courierId: string;
  location: LatLng | null;
  /**
   * When the courier's last offer of this delivery ended (declined, expired, withdrawn); null
   * when the courier was never offered it.
   */
  lastOfferEndedAt: Date | null;
  /** When the courier last went from OFFLINE to AVAILABLE; null when not known. */
  onlineSince: Date | null;
}

/** When a courier who already had an offer of a delivery may be offered it again. */
export interface ReofferRule {
  now: Date;
  /** How long after their last offer of the delivery ended a courier may be asked again. */
  cooldownMs: number;
}

/** What `chooseCourier` needs besides the candidates. */
export interface ChoiceOptions extends ReofferRule {
  /** Couriers never to choose (tried already in this dispatch attempt). */
  exclude?: ReadonlySet<string>;
}

/**
 * Whether a courier may be offered this delivery now: always when never offered it; else once
 * the cool-down after their last offer ended is over, or at once when they went offline and
 * came back online since (coming back online says "I am ready for work" afresh).
 */
export function mayOffer(candidate: DispatchCandidate, rule: ReofferRule): boolean {
  const ended = candidate.lastOfferEndedAt;
  if (ended === null) return true;
  if (candidate.onlineSince !== null && candidate.onlineSince > ended) return true;
  return rule.now.getTime() - ended.getTime() >= rule.cooldownMs;
}

interface Ranked {
  candidate: DispatchCandidate;
  distance: number;
  endedAt: number;
}

/** Lower is better: the longest-ago answer first (re-offers only), then the nearest, then the lower id. */
function compare(a: Ranked, b: Ranked): number {
  if (a.endedAt !== b.endedAt) return a.endedAt - b.endedAt;
  if (a.distance !== b.distance) return a.distance < b.distance ? -1 : 1;
  if (a.candidate.courierId === b.candidate.courierId) return 0;
  return a.candidate.courierId < b.candidate.courierId ? -1 : 1;
}

/**
 * The courier to offer a delivery to. Couriers never offered it come first, the nearest to the
 * pick-up of them; only when none is left does it go back to couriers who had it before and
 * may have it again (`mayOffer`), the one whose answer lies furthest back first, then the
 * nearest. Couriers without a known location come after every located one (they may be
 * anywhere); ties go to the lower id so that every replica makes the same choice. With no
 * pick-up location all distances are unknown.
 */
export function chooseCourier(
  pickup: LatLng | null,
  candidates: readonly DispatchCandidate[],
  options: ChoiceOptions,
): DispatchCandidate | null {
  let best: Ranked | null = null;
  for (const candidate of candidates) {
    if (options.exclude?.has(candidate.courierId) || !mayOffer(candidate, options)) continue;
    const ranked: Ranked = {
      candidate,
      distance: pickup && candidate.location ? haversineMeters(pickup, candidate.location) : Number.POSITIVE_INFINITY,
      // Never offered sorts before any real time, so fresh couriers always win.
      endedAt: candidate.lastOfferEndedAt?.getTime() ?? Number.NEGATIVE_INFINITY,
    };
    if (best === null || compare(ranked, best) < 0) best = ranked;
  }
  return best?.candidate ?? null;
}
