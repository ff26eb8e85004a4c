-- The record of timeliness counted in an INTERNAL campaign: the points each kind of lapse takes off
-- and the most taken off in all, and what was taken off each subject, kept apart from the penalty
-- Sở Nội vụ gives by hand so that applying the rules again never overwrites it.
create table timeliness_rules (
    campaign_id     bigint       primary key references campaign (id),
    version         bigint       not null,
    nomination_late numeric(5, 2) not null,
    submission_late numeric(5, 2) not null,
    returned        numeric(5, 2) not null,
    reminded        numeric(5, 2) not null,
    evidence_late   numeric(5, 2) not null,
    deduction_cap   numeric(5, 2) not null
);

alter table adjustment add column timeliness numeric(7, 2) default 0 not null;
alter table adjustment add column timeliness_reason varchar(4000);
