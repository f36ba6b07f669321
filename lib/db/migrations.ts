import "server-only";

/**
 * The schema, as an ordered list of migrations. They live in code rather than .sql files so that
 * serverless bundles always carry them. Never edit a migration that has shipped: add a new one.
 */
export const migrations: ReadonlyArray<{ id: string; sql: string }> = [
  {
    id: "0001_operators",
    sql: `
      CREATE TABLE operators (
        id            bigserial PRIMARY KEY,
        email         text NOT NULL,
        name          text NOT NULL,
        role          text NOT NULL CHECK (role IN ('viewer', 'agent', 'admin')),
        password_hash text NOT NULL,
        disabled      boolean NOT NULL DEFAULT false,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX operators_email_key ON operators (lower(email));

      -- Failed sign-ins, counted per email + IP so a brute-force attempt is slowed across instances.
      CREATE TABLE sign_in_failures (
        id         bigserial PRIMARY KEY,
        key        text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failures_key_time ON sign_in_failures (key, created_at);
    `,
  },
];
