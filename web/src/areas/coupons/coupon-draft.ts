import type { CouponInput, CouponKind } from '@generated/graphql';
import { toMinorUnits } from '../partner/form/amounts';

/** The coupon form as typed: every field a string, as the inputs hold them. */
export interface CouponDraft {
  code: string;
  kind: CouponKind;
  value: string;
  minimumOrder: string;
  validFrom: string;
  validUntil: string;
  maxRedemptions: string;
  perCustomerLimit: string;
}

export const EMPTY_COUPON: CouponDraft = {
  code: '',
  kind: 'PERCENT',
  value: '',
  minimumOrder: '',
  validFrom: '',
  validUntil: '',
  maxRedemptions: '',
  perCustomerLimit: '',
};

const wholeOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
/** A `datetime-local` value is the reader's local time; the API takes an instant. */
const instantOrNull = (text: string): string | null => (text ? new Date(text).toISOString() : null);

/**
 * The API's CouponInput from the form: a percent as typed (1..100), a fixed amount and the
 * minimum order in the currency's minor units. What does not parse goes through as typed
 * (NaN → the API refuses it, naming the field), so the form has one source of truth for rules.
 */
export function couponInput(draft: CouponDraft, currency: string, restaurantId: string | null): CouponInput {
  const value = draft.kind === 'PERCENT' ? Number(draft.value.trim()) : (toMinorUnits(draft.value, currency) ?? Number.NaN);
  const minimum = draft.minimumOrder.trim() === '' ? null : (toMinorUnits(draft.minimumOrder, currency) ?? Number.NaN);
  return {
    code: draft.code.trim(),
    kind: draft.kind,
    value: Number.isFinite(value) ? value : -1,
    restaurantId,
    minimumOrder: minimum !== null && Number.isFinite(minimum) ? minimum : minimum === null ? null : -1,
    validFrom: instantOrNull(draft.validFrom),
    validUntil: instantOrNull(draft.validUntil),
    maxRedemptions: wholeOrNull(draft.maxRedemptions),
    perCustomerLimit: wholeOrNull(draft.perCustomerLimit),
  };
}
