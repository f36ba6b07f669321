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
  {
    id: "0002_audit_idempotency",
    sql: `
      -- One row per mutation attempt: allowed, refused or failed (design.md, "Rules that hold everywhere").
      CREATE TABLE audit_log (
        id                  bigserial PRIMARY KEY,
        created_at          timestamptz NOT NULL DEFAULT now(),
        operator_email      text,
        operator_role       text,
        action              text NOT NULL,
        target_type         text NOT NULL,
        target_id           text,
        request             jsonb,
        reason              text,
        idempotency_key     text,
        outcome             text NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'refused', 'replayed', 'unknown')),
        http_status         integer NOT NULL,
        error_code          text,
        error_message       text,
        upstream_status     integer,
        upstream_request_id text,
        duration_ms         integer NOT NULL
      );
      CREATE INDEX audit_log_target ON audit_log (target_type, target_id, id DESC);
      CREATE INDEX audit_log_operator ON audit_log (lower(operator_email), id DESC);
      CREATE INDEX audit_log_action ON audit_log (action, id DESC);
      CREATE INDEX audit_log_created ON audit_log (created_at, id);

      -- A mutation runs upstream at most once per (operator, key); later requests replay its result.
      CREATE TABLE idempotency_keys (
        operator_id     text NOT NULL,
        key             text NOT NULL,
        request_hash    text NOT NULL,
        state           text NOT NULL CHECK (state IN ('in_progress', 'completed', 'unknown')),
        response_status integer,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (operator_id, key)
      );

      -- Money-moving actions per operator, counted across serverless instances.
      CREATE TABLE operator_action_events (
        id          bigserial PRIMARY KEY,
        operator_id text NOT NULL,
        bucket      text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX operator_action_events_window ON operator_action_events (operator_id, bucket, created_at);
    `,
  },
  {
    id: "0003_batch_uploads",
    sql: `
      -- The dashboard's record of each async batch it submitted: who, from which file, and the original
      -- CSV rows in task order, so failed tasks can be given back as the rows the operator uploaded.
      CREATE TABLE batch_uploads (
        id          bigserial PRIMARY KEY,
        batch_id    text NOT NULL UNIQUE,
        batch_type  text NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        file_name   text,
        columns     jsonb NOT NULL,
        rows        jsonb NOT NULL,
        task_ids    jsonb NOT NULL,
        row_count   integer NOT NULL,
        retry_of    text
      );
      CREATE INDEX batch_uploads_created ON batch_uploads (id DESC);
    `,
  },
  {
    id: "0004_webhook_events",
    sql: `
      -- Recharge webhook deliveries, once each (dedupe_key), as the browser's "what changed" feed.
      -- No payloads: the browser re-reads changed records through the BFF, so no customer data is kept.
      CREATE TABLE webhook_events (
        id          bigserial PRIMARY KEY,
        dedupe_key  text NOT NULL UNIQUE,
        topic       text NOT NULL,
        resource    text NOT NULL,
        resource_id text NOT NULL,
        customer_id text,
        batch_type  text,
        updated_at  text,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_events_received ON webhook_events (received_at);
    `,
  },
  {
    id: "0005_sign_in_throttle",
    sql: `
      -- Replaces the failure log: every attempt is counted before its password is checked, under a row
      -- lock per key (an email + client address, or an email alone), so parallel guesses cannot slip
      -- under the limit. One row per key holds its window, count and lock (lib/db/sign-in-throttle.ts).
      DROP TABLE sign_in_failures;
      CREATE TABLE sign_in_throttle (
        key               text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        attempts          integer NOT NULL,
        locked_until      timestamptz,
        locks             integer NOT NULL DEFAULT 0,
        updated_at        timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_throttle_updated ON sign_in_throttle (updated_at);
    `,
  },
  {
    id: "0006_operator_sessions",
    sql: `
      -- Sessions are JWT cookies: a session carries the version it was issued under and ends when the
      -- operator's version moves on (sign out everywhere, role, disabled flag or password changed).
      ALTER TABLE operators ADD COLUMN session_version integer NOT NULL DEFAULT 1;

      -- Sessions signed out one by one, kept until they would have expired anyway (12 h at most).
      CREATE TABLE ended_sessions (
        session_id  text PRIMARY KEY,
        operator_id bigint NOT NULL,
        expires_at  timestamptz NOT NULL
      );
      CREATE INDEX ended_sessions_expires ON ended_sessions (expires_at);
    `,
  },
  {
    id: "0007_batch_upload_bodies",
    sql: `
      -- What was actually sent to Recharge: each task body as the server checked it, and a SHA-256 over
      -- them all (also in the audit record), so history and failed rows never rely on the browser's word.
      -- Null for uploads made before this migration.
      ALTER TABLE batch_uploads ADD COLUMN task_bodies jsonb, ADD COLUMN tasks_sha256 text;
    `,
  },
  {
    id: "0008_pulse_snapshots",
    sql: `
      -- The overview's tiles (#19), one row each, shared by every instance and operator: the last
      -- figures and when their walk started, and the lease of a refresh in progress (NULL when none),
      -- claimed by one conditional upsert so only one instance walks a tile at a time.
      CREATE TABLE pulse_snapshots (
        tile               text PRIMARY KEY,
        figures            jsonb,
        computed_at        timestamptz,
        refresh_started_at timestamptz
      );
    `,
  },
  {
    id: "0009_pulse_refresh_failures",
    sql: `
      -- When a tile's last refresh failed (NULL once a walk stores figures again), so the overview
      -- says so instead of "Not counted yet" or an old "as of" with no word of the failure.
      ALTER TABLE pulse_snapshots ADD COLUMN failed_at timestamptz;
    `,
  },
];
