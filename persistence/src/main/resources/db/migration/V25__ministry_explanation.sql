-- The province's explanation to the Ministry (PROVINCIAL campaigns): Sở Nội vụ accepts each lead
-- unit's text for sending or returns it with a note. Units' explanations in INTERNAL campaigns are
-- not reviewed and leave these empty.
alter table explanation add column review varchar(20);
alter table explanation add column reviewer varchar(50);
alter table explanation add column reviewed_at timestamp;
alter table explanation add column review_note varchar(2000);

-- A PROVINCIAL campaign closes once the Ministry has given its final points.
alter table campaign drop constraint campaign_status_ck;
alter table campaign add constraint campaign_status_ck
    check (status in ('DRAFT', 'OPEN', 'APPRAISAL', 'EXPLANATION', 'FINALISED', 'PUBLISHED', 'CLOSED'));
