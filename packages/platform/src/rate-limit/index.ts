export { parseQuota, quota, formatQuota, type Quota } from './quota';
export { createRateLimitStore, type RateLimiter, type RateLimitStore, type RateLimitStoreOptions } from './rate-limiter';
