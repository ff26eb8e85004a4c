-- The leaders' survey of a campaign: who must answer and whether they have (never what they
-- answered), each unit's quota where it is not everyone on its list, and the deadline. A quota
-- missed counts in the record of timeliness, with its own points in an INTERNAL campaign's rules.

create sequence survey_respondent_seq start with 50 increment by 50;

create table survey_respondent (
    id          bigint       primary key,
    version     bigint       not null,
    campaign_id bigint       not null references campaign (id),
    unit_id     bigint       not null references org_unit (id),
    full_name   varchar(200) not null,
    position    varchar(200),
    code        varchar(50),
    username    varchar(50),
    status      varchar(10)  not null,
    answered_on date,
    changed_by  varchar(50)  not null,
    changed_at  timestamp    not null,
    constraint survey_respondent_status_ck check (status in ('INVITED', 'ANSWERED')),
    constraint survey_respondent_day_ck check ((status = 'ANSWERED') = (answered_on is not null))
);

create index survey_respondent_campaign_ix on survey_respondent (campaign_id, unit_id);

create table survey_round (
    campaign_id bigint primary key references campaign (id),
    version     bigint not null,
    deadline    date
);

create table survey_quota (
    campaign_id bigint      not null references survey_round (campaign_id),
    unit_code   varchar(30) not null,
    quota       integer     not null,
    primary key (campaign_id, unit_code),
    constraint survey_quota_ck check (quota between 0 and 1000)
);

alter table timeliness_rules add column survey_missed numeric(5, 2) default 0 not null;
