import "server-only";

/** A role name we can put into SQL unquoted-safe: Postgres's plain identifiers, lower case. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the app's own database role may do, as SQL for the owner to run after migrating: read and
 * write rows, nothing else. No DDL (migrations run as the owner, `npm run db:migrate`), the migration
 * record read-only, and the audit log append-only, so even a compromised app cannot rewrite history.
 * Idempotent; the default privileges cover tables later migrations add (created by the same owner).
 */
export function appRoleGrants(role: string): string[] {
  if (!ROLE_NAME.test(role)) {
    throw new Error(`"${role}" is not a plain Postgres role name (lower-case letters, digits, _).`);
  }
  const to = `"${role}"`;
  return [
    `GRANT USAGE ON SCHEMA public TO ${to}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${to}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${to}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${to}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${to}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM ${to}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${to}`,
  ];
}
