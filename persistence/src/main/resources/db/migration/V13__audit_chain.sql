-- The audit trail as a hash chain (issue 14): each entry carries its number in its campaign's
-- chain, the hash of the entry before and its own; the campaign keeps the number and hash of the
-- last, so that entries cut off at the end are found too. Entries written before this version are
-- not chained and the check leaves them out.
alter table audit_entry add column seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index audit_entry_chain on audit_entry (campaign_id, seq);
alter table campaign add column audit_seq bigint default 0 not null;
alter table campaign add column audit_hash varchar(64) default '' not null;
