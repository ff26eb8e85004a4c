-- The subjects of an INTERNAL campaign reopened to correct its published results: only they may be
-- appraised again until the corrected version is published.
create table campaign_correction (
    campaign_id bigint      not null references campaign (id),
    unit_code   varchar(30) not null,
    constraint campaign_correction_pk primary key (campaign_id, unit_code)
);
