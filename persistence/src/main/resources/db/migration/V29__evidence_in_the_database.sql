-- Evidence inside the database, for servers that share no disk (parindex.evidence.store=database):
-- a file is its chunks of at most 1 MB, written in the transaction that records the document, so a
-- crash leaves no part of a file behind. Kept once per content, as in the directory.
create table evidence_content (
    sha256 varchar(64) primary key,
    size   bigint      not null,
    chunks integer     not null
);

create table evidence_chunk (
    sha256 varchar(64) not null references evidence_content (sha256),
    seq    integer     not null,
    data   bytea       not null,
    constraint evidence_chunk_pk primary key (sha256, seq)
);
