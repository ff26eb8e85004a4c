-- The budget estimate of a year's exercise, its lines (amount = quantity × unit cost, worked out,
-- never stored, so that it cannot disagree with them), the amount approved and what was spent.

create sequence budget_estimate_seq start with 50 increment by 50;

create table budget_estimate (
    id              bigint       primary key,
    version         bigint       not null,
    estimate_year   integer      not null,
    title           varchar(300) not null,
    approved_amount bigint,
    approval_ref    varchar(300),
    changed_by      varchar(50)  not null,
    changed_at      timestamp    not null,
    constraint budget_estimate_approved_ck check (approved_amount is null or approved_amount >= 0)
);

create table budget_line (
    estimate_id bigint         not null references budget_estimate (id) on delete cascade,
    line_no     integer        not null,
    cost_group  varchar(20)    not null,
    content     varchar(500)   not null,
    measure     varchar(50),
    quantity    numeric(12, 2) not null,
    unit_cost   bigint         not null,
    legal_basis varchar(1000),
    spent       bigint         not null,
    primary key (estimate_id, line_no),
    constraint budget_line_amounts_ck check (quantity > 0 and unit_cost >= 0 and spent >= 0)
);
