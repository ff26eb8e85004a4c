-- The PROVINCE unit as it signs its documents, where its name does not say it (IssuingBody): the
-- place in the date line, the short name documents cite, the suffix of its report numbers. Empty,
-- they are read from the name, so existing installations print what they printed before.
alter table org_unit add column place_name varchar(100);
alter table org_unit add column short_name varchar(100);
alter table org_unit add column report_suffix varchar(30);
