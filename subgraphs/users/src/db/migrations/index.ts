import { CreateUsersTables1763870000000 } from './1763870000000-create-users-tables';
import { RestaurantStaff1766100000000 } from './1766100000000-restaurant-staff';
import { DisabledUsers1766300000000 } from './1766300000000-disabled-users';
import { ExternalIdentities1766600000000 } from './1766600000000-external-identities';
import { DocumentsAndKioskSessions1766700000000 } from './1766700000000-documents-and-kiosk-sessions';
import { SigningKeyRotation1766800000000 } from './1766800000000-signing-key-rotation';

/** The users database's migrations, oldest first, for `openDatabase({ migrations })`. */
export const usersMigrations = [
  CreateUsersTables1763870000000,
  RestaurantStaff1766100000000,
  DisabledUsers1766300000000,
  ExternalIdentities1766600000000,
  DocumentsAndKioskSessions1766700000000,
  SigningKeyRotation1766800000000,
];
