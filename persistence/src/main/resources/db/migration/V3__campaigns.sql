-- Campaigns (đợt đánh giá): subjects, assignment rules ("scope → lead unit, except …") and the
-- focal pairs units nominate. Resolved assignments are computed from the rules, never stored.

create sequence campaign_seq start with 50 increment by 50;
create sequence focal_pair_seq start with 50 increment by 50;

create table campaign (
    id                     bigint        primary key,
    version                bigint        not null,
    name                   varchar(300)  not null,
    campaign_year          integer       not null,
    framework_id           bigint        not null references framework (id),
    kind                   varchar(20)   not null,
    status                 varchar(20)   not null,
    nomination_due         date,
    self_assessment_opens  date,
    self_assessment_closes date,
    review_due             date,
    appraisal_due          date,
    explanation_due        date,
    finalisation_due       date,
    publication_due        date,
    previous_id            bigint        references campaign (id),
    created_at             timestamp     not null,
    constraint campaign_kind_ck check (kind in ('PROVINCIAL', 'INTERNAL')),
    constraint campaign_status_ck check (status in ('DRAFT', 'OPEN', 'APPRAISAL', 'EXPLANATION', 'FINALISED', 'PUBLISHED'))
);

create table campaign_subject (
    campaign_id bigint not null references campaign (id),
    unit_id     bigint not null references org_unit (id),
    primary key (campaign_id, unit_id)
);

create table campaign_rule (
    campaign_id             bigint        not null references campaign (id),
    row_no                  integer       not null,
    scope_code              varchar(20)   not null,
    lead_unit_code          varchar(30)   not null,
    except_codes            varchar(1000),
    coordinating_unit_codes varchar(1000)
);
create index campaign_rule_campaign_ix on campaign_rule (campaign_id);

create table focal_pair (
    id               bigint       primary key,
    version          bigint       not null,
    campaign_id      bigint       not null references campaign (id),
    unit_id          bigint       not null references org_unit (id),
    leader_name      varchar(200),
    leader_title     varchar(200),
    leader_phone     varchar(30),
    leader_email     varchar(200),
    officer_name     varchar(200),
    officer_title    varchar(200),
    officer_phone    varchar(30),
    officer_email    varchar(200),
    leader_username  varchar(50),
    officer_username varchar(50),
    nominated_at     timestamp    not null,
    constraint focal_pair_unit_uk unique (campaign_id, unit_id)
);
