-- The long lists (units, accounts) page, search and sort in the database. They search folded text
-- (lower case, without tone marks, đ as d: "so tu phap" finds "Sở Tư pháp") and sort by the folded
-- name, so that H2 and PostgreSQL, whatever the database's collation, give the same rows in the
-- same order. The application folds (Text.fold has no SQL equal on both databases) and fills the
-- rows stored before this version at its first start.
alter table org_unit add column search_text varchar(640);
alter table org_unit add column name_key varchar(300);
alter table account add column search_text varchar(500);
alter table account add column name_key varchar(200);
create index org_unit_name_key_ix on org_unit (name_key);
create index account_name_key_ix on account (name_key);
-- The kind's place in UnitKind's order, the province first: what the list sorts by kind.
alter table org_unit add column kind_order integer;
update org_unit set kind_order = case kind when 'PROVINCE' then 0 when 'DEPARTMENT' then 1
    when 'DISTRICT' then 2 when 'COMMUNE' then 3 else 4 end;
