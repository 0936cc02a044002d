import { ConfigError, int, str, type Env } from '@foodgraph/platform/config';
import { isValidTimeZone } from './domain/opening-hours';

/** Settings of the menu subgraph on top of the common ones (see `.env.example`). */
export interface MenuConfig {
  /** Port the process entry listens on. @default 4002 */
  port: number;
  /** Interface the process entry binds (`HOST`; 0.0.0.0 in containers). @default "127.0.0.1" */
  host: string;
  /** Time zone of restaurants that do not name their own (`RESTAURANT_TIME_ZONE`). @default "UTC" */
  defaultTimeZone: string;
}

export const DEFAULT_MENU_CONFIG: MenuConfig = { port: 4002, host: '127.0.0.1', defaultTimeZone: 'UTC' };

/** Reads and checks the menu settings; fails fast naming the variable. */
export function readMenuConfig(env: Env): MenuConfig {
  const defaultTimeZone = str(env, 'RESTAURANT_TIME_ZONE', DEFAULT_MENU_CONFIG.defaultTimeZone);
  if (!isValidTimeZone(defaultTimeZone))
    throw new ConfigError('RESTAURANT_TIME_ZONE', `must be an IANA time zone such as Europe/Berlin, got "${defaultTimeZone}"`);
  return {
    port: int(env, 'PORT', DEFAULT_MENU_CONFIG.port, { min: 0, max: 65_535 }),
    host: str(env, 'HOST', DEFAULT_MENU_CONFIG.host),
    defaultTimeZone,
  };
}
