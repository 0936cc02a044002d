import type { Role } from '@foodgraph/platform/auth';
import { BadUserInputError } from '@foodgraph/platform/errors';
import { parseCpf } from '../domain/cpf';
import { isValidEmail, normalizeEmail } from '../domain/email';
import { passwordProblem } from '../domain/password-policy';
import { isValidPhone, nameProblem, normalizeName, normalizePhone } from '../domain/profile';

/** What a client sends to create an account with a password. */
export interface AccountInput {
  email: string;
  password: string;
  name: string;
  phone?: string | null;
  /** A CPF, punctuated or not (self-registration only). */
  document?: string | null;
}

/** The same, checked and normalized, ready to store. */
export interface ValidAccount {
  email: string;
  password: string;
  name: string;
  phone: string | null;
  /** The CPF's 11 digits. */
  document: string | null;
}

/**
 * Checks an account input field by field, in the order a form shows them, and names the
 * offending field as `<prefix>.<field>` (the argument path the client sent it under).
 */
export function validateAccountInput(input: AccountInput, prefix = 'input'): ValidAccount {
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) throw new BadUserInputError(`${prefix}.email`, 'Enter a valid email address');
  const passwordIssue = passwordProblem(input.password);
  if (passwordIssue) throw new BadUserInputError(`${prefix}.password`, passwordIssue);
  const name = normalizeName(input.name);
  const nameIssue = nameProblem(name);
  if (nameIssue) throw new BadUserInputError(`${prefix}.name`, nameIssue);
  const phone = validatePhone(input.phone, `${prefix}.phone`);
  return { email, password: input.password, name, phone, document: validateDocument(input.document, `${prefix}.document`) };
}

/** An absent or blank document is none; anything else must be a valid CPF, stored as its digits. */
function validateDocument(document: string | null | undefined, field: string): string | null {
  if (document === undefined || document === null || document.trim() === '') return null;
  const parsed = parseCpf(document);
  if (!parsed.ok) throw new BadUserInputError(field, parsed.problem);
  return parsed.cpf;
}

function validatePhone(phone: string | null | undefined, field: string): string | null {
  if (phone === undefined || phone === null || phone.trim() === '') return null;
  const normalized = normalizePhone(phone);
  if (!isValidPhone(normalized)) throw new BadUserInputError(field, 'Enter a phone number of 5 to 15 digits, optionally starting with +');
  return normalized;
}

/** A staff account names its role; every role may be created by an admin. */
export interface StaffAccountInput extends AccountInput {
  role: Role;
}
