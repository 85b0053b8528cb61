// NCSC guidance: length beats complexity rules; block the passwords attackers
// try first and anything built from the account's own email address.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set([
  "password", "password1", "password12", "password123", "passw0rd", "123456789",
  "1234567890", "qwertyuiop", "iloveyou", "letmein123", "welcome123", "football1",
  "abc1234567", "0123456789", "1111111111", "qwerty1234", "hearth1234", "changeme123",
]);

export type PasswordProblem = "too-short" | "too-long" | "too-common" | "contains-email";

export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "too-short";
  if (password.length > PASSWORD_MAX_LENGTH) return "too-long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "too-common";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains-email";
  return null;
}
