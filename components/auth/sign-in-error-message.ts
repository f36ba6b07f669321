// What the sign-in form says for each code next-auth reports. A lock reads the same whether or not
// the account exists: "RateLimited:<minutes>" comes from lib/auth/credentials.ts for any email.
const RATE_LIMITED = /^RateLimited(?::(\d{1,4}))?$/;

export function signInErrorMessage(code: string | null | undefined): string {
  const limited = RATE_LIMITED.exec(code ?? "");
  if (limited) {
    const minutes = Math.max(1, Number(limited[1] ?? 15));
    return `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (code === "CredentialsSignin") return "Wrong email or password.";
  return "Sign-in failed. Try again.";
}
