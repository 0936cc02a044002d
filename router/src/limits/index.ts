export { OperationLimits } from './operation-limits';
export { DEFAULT_REQUEST_LIMITS, type RequestLimitOptions } from './request-limits';
export { queryTooComplex, type LimitName, type LimitViolation } from './limit-violation';
export { tokenLimitViolation } from './token-limit';
