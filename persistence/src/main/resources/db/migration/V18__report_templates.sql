-- The Word templates a province uploaded, their wording changed in Word: the newest of a kind is
-- the one used, the earlier ones are kept. The file is in the evidence store under its SHA-256.
create sequence report_template_seq start with 1 increment by 1;

create table report_template (
    id          bigint       primary key,
    kind        varchar(40)  not null,
    sha256      varchar(64)  not null,
    file_name   varchar(255) not null,
    uploaded_by varchar(50)  not null,
    uploaded_at timestamp    not null
);
create index report_template_kind_ix on report_template (kind, id);
