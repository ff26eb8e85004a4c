-- Appraisal of internal campaigns: rounds on the campaign, appraised scores per round, the units'
-- explanations, bonus and penalty points with the campaign's caps, and published results.

alter table campaign add column appraisal_round integer default 0 not null;
alter table campaign add column bonus_cap numeric(7, 2);
alter table campaign add column penalty_cap numeric(7, 2);

create sequence appraisal_seq start with 50 increment by 50;
create sequence explanation_seq start with 50 increment by 50;
create sequence adjustment_seq start with 50 increment by 50;
create sequence publication_seq start with 50 increment by 50;

create table appraisal (
    id                bigint        primary key,
    version           bigint        not null,
    campaign_id       bigint        not null references campaign (id),
    subject_id        bigint        not null references org_unit (id),
    node_code         varchar(30)   not null,
    round_no          integer       not null,
    score             numeric(7, 2),
    remark            varchar(2000),
    needs_explanation boolean       not null,
    not_applicable    boolean       not null,
    appraiser         varchar(50)   not null,
    appraised_at      timestamp     not null,
    constraint appraisal_uk unique (campaign_id, subject_id, node_code, round_no),
    constraint appraisal_round_ck check (round_no in (1, 2))
);

create table explanation (
    id          bigint        primary key,
    version     bigint        not null,
    campaign_id bigint        not null references campaign (id),
    subject_id  bigint        not null references org_unit (id),
    node_code   varchar(30)   not null,
    answer      varchar(4000) not null,
    author      varchar(50)   not null,
    written_at  timestamp     not null,
    constraint explanation_uk unique (campaign_id, subject_id, node_code)
);

create table adjustment (
    id          bigint        primary key,
    version     bigint        not null,
    campaign_id bigint        not null references campaign (id),
    subject_id  bigint        not null references org_unit (id),
    bonus       numeric(7, 2) not null,
    penalty     numeric(7, 2) not null,
    reason      varchar(2000),
    constraint adjustment_uk unique (campaign_id, subject_id)
);

create table publication (
    id           bigint          primary key,
    campaign_id  bigint          not null references campaign (id),
    version_no   integer         not null,
    published_at timestamp       not null,
    published_by varchar(50)     not null,
    reason       varchar(2000),
    results_json varchar(1000000) not null,
    constraint publication_uk unique (campaign_id, version_no)
);
