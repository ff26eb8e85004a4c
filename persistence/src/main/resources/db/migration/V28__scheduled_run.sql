-- Scheduled work runs once per cluster: each server's timer fires, the first to add the job's day
-- here runs it; the key refuses the others.
create table scheduled_run (
    id         varchar(80)  primary key,
    job        varchar(60)  not null,
    run_on     date         not null,
    claimed_by varchar(200) not null,
    claimed_at timestamp    not null
);
