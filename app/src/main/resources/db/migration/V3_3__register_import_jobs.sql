-- Background imports (the console's import page, POST /api/v1/register/imports?async=true): their state,
-- progress and result, so that they survive a restart and show on every node. The file itself stays in
-- the memory of the node that runs the import: a job whose node stops sending heartbeats (the node
-- stopped or crashed) is shown as FAILED, and its import, one transaction, was rolled back.
CREATE TABLE register_import_job (
    id           UUID PRIMARY KEY,
    user_id      BIGINT  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    file_name    TEXT    NOT NULL,
    format       TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase        TEXT    NOT NULL,
    done         BIGINT  NOT NULL DEFAULT 0,
    total        BIGINT  NOT NULL DEFAULT -1,
    -- the ImportResult once DONE
    source       TEXT,
    read         INT,
    created      INT,
    updated      INT,
    unchanged    INT,
    delisted     INT,
    skipped      INT,
    millis       BIGINT,
    error        TEXT,
    node         TEXT    NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    owner_state  CHAR(3) NOT NULL REFERENCES member_state (code),
    distribution TEXT    NOT NULL DEFAULT 'OWNER_ONLY'
        CHECK (distribution IN ('OWNER_ONLY', 'SELECTED_STATES', 'ALL_MEMBERS')),
    shared_with  CHAR(3)[] NOT NULL DEFAULT '{}',
    CHECK ((state = 'DONE') = (created IS NOT NULL))
);
CREATE INDEX register_import_job_user_idx ON register_import_job (user_id, started_at);
CREATE INDEX register_import_job_active_idx ON register_import_job (heartbeat_at) WHERE state IN ('QUEUED', 'RUNNING');
