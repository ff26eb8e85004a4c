-- A unit's history is a record: a mistaken event is corrected by a later one, never by a change.
create trigger unit_event_append_only
    before update or delete on unit_event
    for each row execute function parindex_refuse_change();
create trigger unit_event_unit_append_only
    before update or delete on unit_event_unit
    for each row execute function parindex_refuse_change();
create trigger unit_former_name_append_only
    before update or delete on unit_former_name
    for each row execute function parindex_refuse_change();

do $$
begin
  if '${appRole}' <> '' and '${appRole}' <> current_user then
    execute format('revoke update, delete, truncate on unit_event, unit_event_unit, unit_former_name from %I', '${appRole}');
  end if;
end
$$;
