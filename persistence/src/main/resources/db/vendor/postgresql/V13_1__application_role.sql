-- Where the schema has an owner of its own (DB_OWNER_USER) and the application connects as another
-- role (DB_USER), that role may read and write the working tables but only read and add to the
-- trails: it can neither change, delete nor truncate them, nor switch their triggers off (only an
-- owner may alter a table). Where one role does both, there is nothing to grant.
do $$
begin
  if '${appRole}' <> '' and '${appRole}' <> current_user then
    execute format('grant usage on schema public to %I', '${appRole}');
    execute format('grant select, insert, update, delete on all tables in schema public to %I',
                   '${appRole}');
    execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
    execute format('revoke update, delete, truncate on audit_entry, submission_event, reminder'
                   ' from %I', '${appRole}');
    execute format('alter default privileges in schema public'
                   ' grant select, insert, update, delete on tables to %I', '${appRole}');
    execute format('alter default privileges in schema public'
                   ' grant usage, select on sequences to %I', '${appRole}');
  end if;
end
$$;
