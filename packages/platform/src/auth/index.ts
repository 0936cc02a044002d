export { Role, ANONYMOUS, parseIdentity, type Identity, type KioskIdentity, type UserIdentity } from './identity';
export { RouterHeader, encodeIdentity, signRouterRequest, verifyRouterRequest, type SignatureCheck } from './router-signature';
export {
  TokenError,
  generateSigningKey,
  publicJwk,
  signAccessToken,
  verifyAccessToken,
  keysFromJwks,
  type AccessTokenClaims,
  type PublicJwk,
  type KeyLookup,
} from './jwt';
export { signedIn, signedInAs, isAdmin, kioskSessionOf, KIOSK_REFUSED_MESSAGE } from './guards';
