-- Notices per person (issue 16): what happened to a unit's work, read or not, and whether its
-- e-mail went out. The bell counts a person's unread ones, hence the index.
create sequence notice_seq start with 50 increment by 50;

create table notice (
    id            bigint        primary key,
    recipient     varchar(50)   not null,
    kind          varchar(30)   not null,
    campaign_id   bigint        not null references campaign (id),
    campaign_name varchar(300)  not null,
    unit_code     varchar(30),
    node_code     varchar(30),
    detail        varchar(1000),
    due_date      date,
    created_at    timestamp     not null,
    read_at       timestamp,
    mailed_to     varchar(300),
    mail_failure  varchar(500)
);

create index notice_recipient_ix on notice (recipient, read_at);
