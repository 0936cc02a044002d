import { CreateUsersTables1763870000000 } from './1763870000000-create-users-tables';

/** The users database's migrations, oldest first, for `openDatabase({ migrations })`. */
export const usersMigrations = [CreateUsersTables1763870000000];
