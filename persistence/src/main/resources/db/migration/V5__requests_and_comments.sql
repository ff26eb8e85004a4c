-- Evidence requests from a lead unit to the units that hold the documents, and the comment thread
-- of each leaf between the unit and the coordinator.

create sequence evidence_request_seq start with 50 increment by 50;
create sequence leaf_comment_seq start with 50 increment by 50;

create table evidence_request (
    id           bigint        primary key,
    version      bigint        not null,
    campaign_id  bigint        not null references campaign (id),
    subject_id   bigint        not null references org_unit (id),
    node_code    varchar(30)   not null,
    from_unit_id bigint        not null references org_unit (id),
    to_unit_id   bigint        not null references org_unit (id),
    message      varchar(2000) not null,
    due_date     date          not null,
    requested_by varchar(50)   not null,
    requested_at timestamp     not null,
    done         boolean       not null,
    done_by      varchar(50),
    done_at      timestamp,
    done_note    varchar(2000)
);

create index evidence_request_to_ix on evidence_request (campaign_id, to_unit_id);

create table leaf_comment (
    id           bigint        primary key,
    campaign_id  bigint        not null references campaign (id),
    subject_code varchar(30)   not null,
    node_code    varchar(30)   not null,
    author       varchar(50)   not null,
    written_at   timestamp     not null,
    message_text varchar(4000) not null
);

create index leaf_comment_leaf_ix on leaf_comment (campaign_id, subject_code, node_code);
