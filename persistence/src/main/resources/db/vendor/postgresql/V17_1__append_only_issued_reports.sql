-- An issued report is a record like the audit trail: a corrected copy is a new row, never a change.
create trigger issued_report_append_only
    before update or delete on issued_report
    for each row execute function parindex_refuse_change();

do $$
begin
  if '${appRole}' <> '' and '${appRole}' <> current_user then
    execute format('revoke update, delete, truncate on issued_report from %I', '${appRole}');
  end if;
end
$$;
