-- Points of the sociological survey, per subject and SURVEY leaf, loaded from the survey's table.

create sequence survey_score_seq start with 50 increment by 50;

create table survey_score (
    id          bigint       primary key,
    version     bigint       not null,
    campaign_id bigint       not null references campaign (id),
    subject_id  bigint       not null references org_unit (id),
    node_code   varchar(30)  not null,
    points      numeric(7, 2) not null,
    percent     numeric(7, 2),
    imported_by varchar(50)  not null,
    imported_at timestamp    not null,
    constraint survey_score_uk unique (campaign_id, subject_id, node_code),
    constraint survey_score_points_ck check (points >= 0)
);
