-- A change of units recorded by mistake is withdrawn rather than deleted: the record keeps who
-- withdrew it, when and why, and the former names it ended are marked, no longer in use; what it
-- had done to the units is undone. To undo a merge or split the event keeps which units it
-- created and which accounts it moved, from which unit.
alter table unit_event add column withdrawn_by varchar(50);
alter table unit_event add column withdrawn_at timestamp;
alter table unit_event add column withdrawal_reason varchar(1000);

alter table unit_former_name add column withdrawn boolean default false not null;

alter table unit_event_unit add column created boolean default false not null;
-- Events recorded before: a unit that came into being on its event's day was created by it.
update unit_event_unit set created = true
 where role = 'TO'
   and exists (select 1 from org_unit u, unit_event e
                where u.code = unit_event_unit.unit_code and e.id = unit_event_unit.event_id
                  and u.valid_from = e.effective_from)
   and not exists (select 1 from unit_event_unit f
                    where f.event_id = unit_event_unit.event_id
                      and f.unit_code = unit_event_unit.unit_code and f.role = 'FROM');

create table unit_event_account (
    event_id       bigint      not null references unit_event (id),
    username       varchar(50) not null,
    from_unit_code varchar(30) not null,
    constraint unit_event_account_pk primary key (event_id, username)
);
