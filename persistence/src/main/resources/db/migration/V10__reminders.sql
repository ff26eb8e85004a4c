-- The reminders sent to units that were behind: why, to whom, when, by whom, whether the mail
-- went out. They count in the progress report.

create sequence reminder_seq start with 50 increment by 50;

create table reminder (
    id          bigint        primary key,
    campaign_id bigint        not null references campaign (id),
    unit_code   varchar(30)   not null,
    reasons     varchar(100)  not null,
    recipients  varchar(1000),
    sent_at     timestamp     not null,
    sent_by     varchar(50)   not null,
    delivered   boolean       not null,
    failure     varchar(500)
);

create index reminder_campaign_ix on reminder (campaign_id, unit_code);
