import { Role, verifyRouterRequest } from '@foodgraph/platform/auth';
import { sendJson, type Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import { randomUUID } from 'node:crypto';
import type { ExternalAccountService, ExternalSubject } from '../services/external-accounts.service';

/** Where the router gets (creating it on first sight) the account of an identity provider's user. */
export const PROVISION_EXTERNAL_USER_PATH = '/internal/users/provision';

/** Roles a provider's role may map to; STAFF works at the restaurants it is added to, so no provider hands it out. */
const PROVIDED_ROLES: readonly string[] = [Role.Customer, Role.Partner, Role.Courier, Role.Admin];

/** The body's subject, or undefined when any field is missing or malformed. */
function subjectOf(body: Buffer): ExternalSubject | undefined {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const text = (key: string, max: number) => typeof v[key] === 'string' && v[key] !== '' && v[key].length <= max;
  if (!text('issuer', 2000) || !text('subject', 255) || !text('name', 200) || !PROVIDED_ROLES.includes(v['role'] as string))
    return undefined;
  if (v['email'] !== undefined && v['email'] !== null && !text('email', 320)) return undefined;
  return {
    issuer: v['issuer'] as string,
    subject: v['subject'] as string,
    role: v['role'] as Role,
    name: v['name'] as string,
    email: typeof v['email'] === 'string' ? v['email'] : null,
  };
}

/**
 * `POST /internal/users/provision` with `{issuer, subject, role, name, email?}`, for the router
 * only (403 otherwise: the router has verified the provider's token, nobody else may claim an
 * external subject). Answers `{"userId": "…", "active": bool}` — the account, created on first
 * sight; `active` is false for a disabled one, which the router then refuses.
 */
export function provisionExternalUserRoute(routerSecret: string, accounts: ExternalAccountService, logger: Logger): Route {
  return {
    method: 'POST',
    path: PROVISION_EXTERNAL_USER_PATH,
    async handle(req, res, body) {
      const check = verifyRouterRequest(routerSecret, req.headers, body);
      if (!check.ok) {
        logger.warn({ reason: check.reason }, 'refused an external user provisioning the router did not sign');
        sendJson(res, 403, { error: 'This endpoint only answers the foodgraph router' });
        return;
      }
      const who = subjectOf(body);
      if (!who) {
        sendJson(res, 400, { error: 'Send {"issuer", "subject", "role", "name", "email"?}' });
        return;
      }
      const requestId = req.headers['x-request-id'];
      const origin = { correlationId: typeof requestId === 'string' ? requestId : randomUUID(), causationId: null };
      sendJson(res, 200, await accounts.provision(who, origin));
    },
  };
}
