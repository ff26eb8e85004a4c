-- What Sở Nội vụ enters for the self-assessment report (number, date, signer, recipients, free
-- text), kept with the campaign so that the document can be generated again.

create table report_draft (
    campaign_id     bigint        primary key references campaign (id),
    version         bigint        not null,
    doc_number      varchar(20),
    issued_on       date,
    signer_title    varchar(100),
    signer_name     varchar(200),
    recipients      varchar(2000),
    difficulties    varchar(8000),
    recommendations varchar(8000)
);
