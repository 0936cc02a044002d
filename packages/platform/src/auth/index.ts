export * from './identity';
export * from './router-signature';
export * from './jwt';
export { signedIn, signedInAs, isAdmin } from './guards';
