-- Units through the reorganisations: each change ordered by a decision (rename, merge, split,
-- transfer, dissolution) with the day it took effect, the units it names by code (codes never
-- change), and the names and parents units had before a rename or transfer, so a past year's
-- documents name a unit as it was then.
create sequence unit_event_seq start with 1 increment by 1;
create sequence unit_former_name_seq start with 1 increment by 1;

create table unit_event (
    id             bigint       primary key,
    kind           varchar(20)  not null,
    effective_from date         not null,
    legal_number   varchar(100) not null,
    legal_date     date         not null,
    legal_issuer   varchar(300) not null,
    recorded_by    varchar(50)  not null,
    recorded_at    timestamp    not null,
    constraint unit_event_kind_ck check (kind in ('RENAME', 'MERGE', 'SPLIT', 'TRANSFER', 'DISSOLVE'))
);

create table unit_event_unit (
    event_id  bigint      not null references unit_event (id),
    unit_code varchar(30) not null,
    role      varchar(4)  not null,
    constraint unit_event_unit_pk primary key (event_id, unit_code, role),
    constraint unit_event_unit_role_ck check (role in ('FROM', 'TO'))
);
create index unit_event_unit_code_ix on unit_event_unit (unit_code);

create table unit_former_name (
    id          bigint       primary key,
    unit_code   varchar(30)  not null,
    valid_until date         not null,
    name_vi     varchar(300) not null,
    name_en     varchar(300),
    parent_code varchar(30),
    event_id    bigint       not null references unit_event (id)
);
create index unit_former_name_ix on unit_former_name (unit_code, valid_until);
create index unit_former_name_until_ix on unit_former_name (valid_until);

alter table org_unit add column valid_from date;
alter table org_unit add column retired_on date;
