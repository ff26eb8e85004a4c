-- The signed copies of the campaigns' reports, uploaded back after signing: the newest is the
-- issued document. The file is kept in the evidence store under its SHA-256.
create sequence issued_report_seq start with 1 increment by 1;

create table issued_report (
    id          bigint       primary key,
    campaign_id bigint       not null references campaign (id),
    doc_number  varchar(40)  not null,
    issued_on   date,
    sha256      varchar(64)  not null,
    size_bytes  bigint       not null,
    file_name   varchar(255) not null,
    signers     varchar(500),
    uploaded_by varchar(50)  not null,
    uploaded_at timestamp    not null
);
create index issued_report_campaign_ix on issued_report (campaign_id, id);
