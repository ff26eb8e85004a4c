-- The audit trail and the workflow history are evidence in their own right: the database refuses
-- to change or remove a row, whatever the application (or a person with its credentials) asks.

create function parindex_refuse_change() returns trigger as $$
begin
    raise exception 'Table % is append-only: % refused', tg_table_name, tg_op;
end;
$$ language plpgsql;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function parindex_refuse_change();

create trigger submission_event_append_only
    before update or delete on submission_event
    for each row execute function parindex_refuse_change();
