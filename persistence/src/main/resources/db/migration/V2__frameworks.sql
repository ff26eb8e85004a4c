-- Criteria frameworks (bộ chỉ số) and their trees. Codes sort numerically in the application.

create sequence framework_seq start with 50 increment by 50;
create sequence framework_node_seq start with 50 increment by 50;

create table framework (
    id           bigint        primary key,
    version      bigint        not null,
    code         varchar(50)   not null,
    name_vi      varchar(500)  not null,
    legal_number varchar(100),
    legal_date   date,
    legal_issuer varchar(300),
    from_year    integer       not null,
    to_year      integer,
    target_group varchar(20)   not null,
    total        numeric(7, 2) not null,
    status       varchar(10)   not null,
    incomplete   boolean       not null,
    created_at   timestamp     not null,
    published_at timestamp,
    constraint framework_code_uk unique (code),
    constraint framework_status_ck check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    constraint framework_target_ck check (target_group in ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'CENTRAL_AGENCY')),
    constraint framework_years_ck check (to_year is null or to_year >= from_year)
);

create table framework_node (
    id                bigint        primary key,
    version           bigint        not null,
    framework_id      bigint        not null references framework (id),
    code              varchar(20)   not null,
    parent_code       varchar(20),
    kind              varchar(20)   not null,
    name_vi           varchar(1000),
    name_en           varchar(1000),
    max_score         numeric(7, 2),
    method            varchar(10)   not null,
    notes             varchar(2000),
    rule_type         varchar(20),
    rule_params       varchar(500),
    scoring_guidance  varchar(4000),
    evidence_guidance varchar(4000),
    leaf              boolean       not null,
    constraint framework_node_code_uk unique (framework_id, code),
    constraint framework_node_kind_ck check (kind in ('FIELD', 'CRITERION', 'SUB_CRITERION')),
    constraint framework_node_method_ck check (method in ('SELF', 'SURVEY', 'MIXED')),
    constraint framework_node_max_ck check (max_score is null or max_score > 0)
);
