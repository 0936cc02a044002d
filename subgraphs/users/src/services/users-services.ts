import type { AccountService } from './account.service';
import type { AdminConsoleService } from './admin-console.service';
import type { ApiKeyService } from './api-key.service';
import type { DirectoryService } from './directory.service';
import type { SessionService } from './session.service';
import type { SigningKeyService } from './signing-key.service';
import type { StaffService } from './staff.service';

/** The services a request of the users subgraph works with. */
export interface UsersServices {
  accounts: AccountService;
  adminConsole: AdminConsoleService;
  sessions: SessionService;
  directory: DirectoryService;
  apiKeys: ApiKeyService;
  staff: StaffService;
  signingKeys: SigningKeyService;
}
