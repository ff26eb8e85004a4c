-- The PAR plans of each year and their tasks (from the plan's appendix table), the lead units'
-- progress reports by month or quarter with the evidence documents they cite, and the reminders of
-- overdue tasks. A task overdue or done late counts in the record of timeliness, with its own
-- points in an INTERNAL campaign's rules.

create sequence par_plan_seq start with 50 increment by 50;

create table par_plan (
    id            bigint       primary key,
    version       bigint       not null,
    kind          varchar(20)  not null,
    plan_number   varchar(50)  not null,
    issued_on     date,
    issuer        varchar(300),
    plan_year     integer      not null,
    title         varchar(500) not null,
    owner_unit_id bigint       not null references org_unit (id),
    changed_by    varchar(50)  not null,
    changed_at    timestamp    not null,
    constraint par_plan_kind_ck check (kind in ('PROVINCE_ANNUAL', 'REMEDIAL', 'UNIT_ANNUAL'))
);

create index par_plan_year_ix on par_plan (plan_year);

create sequence plan_task_seq start with 50 increment by 50;

create table plan_task (
    id              bigint         primary key,
    version         bigint         not null,
    plan_id         bigint         not null references par_plan (id) on delete cascade,
    line_no         integer        not null,
    content         varchar(1000)  not null,
    lead_unit_id    bigint         not null references org_unit (id),
    partner_codes   varchar(500),
    deadline        date           not null,
    indicator       varchar(300),
    target_value    numeric(14, 2),
    criterion_codes varchar(200),
    status          varchar(12)    not null,
    reached_value   numeric(14, 2),
    done_on         date,
    reported_period varchar(7),
    changed_by      varchar(50)    not null,
    changed_at      timestamp      not null,
    constraint plan_task_no_uk unique (plan_id, line_no),
    constraint plan_task_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    constraint plan_task_done_ck check ((status = 'DONE') = (done_on is not null))
);

create index plan_task_lead_ix on plan_task (lead_unit_id);

create sequence plan_task_report_seq start with 50 increment by 50;

create table plan_task_report (
    id            bigint         primary key,
    task_id       bigint         not null references plan_task (id) on delete cascade,
    period        varchar(7)     not null,
    status        varchar(12)    not null,
    reached_value numeric(14, 2),
    done_on       date,
    note          varchar(2000),
    reported_by   varchar(50)    not null,
    reported_at   timestamp      not null,
    constraint plan_task_report_period_uk unique (task_id, period),
    constraint plan_task_report_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);

create table plan_report_evidence (
    report_id   bigint  not null references plan_task_report (id) on delete cascade,
    line_no     integer not null,
    evidence_id bigint  not null references evidence (id),
    primary key (report_id, line_no)
);

create sequence plan_reminder_seq start with 50 increment by 50;

create table plan_reminder (
    id         bigint        primary key,
    plan_id    bigint        not null references par_plan (id) on delete cascade,
    unit_code  varchar(30)   not null,
    overdue    integer       not null,
    recipients varchar(1000),
    sent_at    timestamp     not null,
    sent_by    varchar(50)   not null,
    delivered  boolean       not null,
    failure    varchar(500)
);

alter table timeliness_rules add column plan_task_late numeric(5, 2) default 0 not null;
