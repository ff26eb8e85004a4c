-- Organisation units and the accounts that log in. Written for both H2 2.x and PostgreSQL.
-- Sequences step by 50 and start at 50: EclipseLink reads each value as the end of a block of 50 ids.

create sequence org_unit_seq start with 50 increment by 50;
create sequence account_seq start with 50 increment by 50;

create table org_unit (
    id        bigint       primary key,
    version   bigint       not null,
    code      varchar(30)  not null,
    name_vi   varchar(300) not null,
    name_en   varchar(300),
    kind      varchar(20)  not null,
    active    boolean      not null,
    parent_id bigint       references org_unit (id),
    constraint org_unit_code_uk unique (code),
    constraint org_unit_kind_ck check (kind in ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'CENTRAL_AGENCY'))
);

create table account (
    id                   bigint       primary key,
    version              bigint       not null,
    username             varchar(50)  not null,
    full_name            varchar(200) not null,
    email                varchar(200),
    unit_id              bigint       references org_unit (id),
    password_hash        varchar(300) not null,
    must_change_password boolean      not null,
    enabled              boolean      not null,
    language             varchar(5)   not null,
    created_at           timestamp    not null,
    failed_logins        integer      not null,
    failure_window_start timestamp,
    locked_until         timestamp,
    constraint account_username_uk unique (username)
);

create table account_role (
    account_id bigint      not null references account (id),
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_ck check (role in ('ADMIN', 'COORDINATOR', 'UNIT_LEADER', 'UNIT_OFFICER', 'APPRAISER', 'VIEWER'))
);
