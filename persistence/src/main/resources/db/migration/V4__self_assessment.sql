-- Self-assessment: a score per subject and leaf, the workflow of each responsible unit, evidence
-- documents and their links to leaves, and the audit trail (append-only; see db/vendor).

create sequence leaf_score_seq start with 50 increment by 50;
create sequence submission_seq start with 50 increment by 50;
create sequence submission_event_seq start with 50 increment by 50;
create sequence audit_entry_seq start with 50 increment by 50;
create sequence evidence_seq start with 50 increment by 50;
create sequence evidence_link_seq start with 50 increment by 50;

create table leaf_score (
    id              bigint         primary key,
    version         bigint         not null,
    campaign_id     bigint         not null references campaign (id),
    subject_id      bigint         not null references org_unit (id),
    node_code       varchar(30)    not null,
    input_value     numeric(14, 4),
    suggested_score numeric(7, 2),
    self_score      numeric(7, 2),
    explanation     varchar(4000),
    at_risk         boolean        not null,
    risk_cause      varchar(2000),
    remedy          varchar(2000),
    risk_owner      varchar(200),
    risk_due        date,
    returned        boolean        not null,
    return_comment  varchar(2000),
    updated_by      varchar(50),
    updated_at      timestamp,
    constraint leaf_score_uk unique (campaign_id, subject_id, node_code),
    constraint leaf_score_self_ck check (self_score is null or self_score >= 0)
);

create table submission (
    id             bigint      primary key,
    version        bigint      not null,
    campaign_id    bigint      not null references campaign (id),
    unit_id        bigint      not null references org_unit (id),
    status         varchar(20) not null,
    reopened       boolean     not null,
    times_returned integer     not null,
    submitted_at   timestamp,
    constraint submission_uk unique (campaign_id, unit_id),
    constraint submission_status_ck check (status in ('DRAFT', 'SUBMITTED', 'APPROVED'))
);

create table submission_event (
    id            bigint        primary key,
    submission_id bigint        not null references submission (id),
    from_status   varchar(20)   not null,
    to_status     varchar(20)   not null,
    action        varchar(20)   not null,
    node_code     varchar(30),
    actor         varchar(50)   not null,
    occurred_at   timestamp     not null,
    remark        varchar(2000)
);

create table audit_entry (
    id           bigint        primary key,
    campaign_id  bigint        not null references campaign (id),
    subject_code varchar(30)   not null,
    node_code    varchar(30),
    field        varchar(30)   not null,
    old_value    varchar(4000),
    new_value    varchar(4000),
    actor        varchar(50)   not null,
    occurred_at  timestamp     not null,
    reason       varchar(2000)
);

create index audit_entry_leaf_ix on audit_entry (campaign_id, subject_code, node_code);

create table evidence (
    id            bigint        primary key,
    version       bigint        not null,
    campaign_id   bigint        not null references campaign (id),
    owner_unit_id bigint        not null references org_unit (id),
    sha256        varchar(64)   not null,
    size_bytes    bigint        not null,
    content_type  varchar(100)  not null,
    file_name     varchar(255)  not null,
    doc_number    varchar(100),
    issued_on     date,
    issuer        varchar(300),
    citation      varchar(500),
    uploaded_by   varchar(50)   not null,
    uploaded_at   timestamp     not null,
    previous_id   bigint        references evidence (id),
    revision      integer       not null,
    superseded    boolean       not null
);

create table evidence_link (
    id             bigint        primary key,
    version        bigint        not null,
    evidence_id    bigint        not null references evidence (id),
    subject_id     bigint        not null references org_unit (id),
    node_code      varchar(30)   not null,
    linked_by      varchar(50)   not null,
    linked_at      timestamp     not null,
    removed        boolean       not null,
    removed_by     varchar(50),
    removed_at     timestamp,
    removal_reason varchar(2000)
);

create index evidence_link_leaf_ix on evidence_link (subject_id, node_code);
