-- The unit history stays a record: the one change it admits is the withdrawal of a mistaken
-- event, made once, which marks the event (who, when, why) and the former names it ended, every
-- recorded column left as it was. Anything else is still refused, whoever asks.
create function parindex_unit_event_withdrawal() returns trigger as $$
begin
    if tg_op = 'UPDATE' and old.withdrawn_at is null and new.withdrawn_at is not null
       and new.withdrawn_by is not null and new.withdrawal_reason is not null
       and (new.id, new.kind, new.effective_from, new.legal_number, new.legal_date,
            new.legal_issuer, new.recorded_by, new.recorded_at)
           is not distinct from
           (old.id, old.kind, old.effective_from, old.legal_number, old.legal_date,
            old.legal_issuer, old.recorded_by, old.recorded_at) then
        return new;
    end if;
    raise exception 'Table % is append-only but for a withdrawal: % refused', tg_table_name, tg_op;
end;
$$ language plpgsql;

create function parindex_former_name_withdrawal() returns trigger as $$
begin
    if tg_op = 'UPDATE' and not old.withdrawn and new.withdrawn
       and (new.id, new.unit_code, new.valid_until, new.name_vi, new.name_en, new.parent_code,
            new.event_id)
           is not distinct from
           (old.id, old.unit_code, old.valid_until, old.name_vi, old.name_en, old.parent_code,
            old.event_id) then
        return new;
    end if;
    raise exception 'Table % is append-only but for a withdrawal: % refused', tg_table_name, tg_op;
end;
$$ language plpgsql;

drop trigger unit_event_append_only on unit_event;
create trigger unit_event_append_only
    before update or delete on unit_event
    for each row execute function parindex_unit_event_withdrawal();
drop trigger unit_former_name_append_only on unit_former_name;
create trigger unit_former_name_append_only
    before update or delete on unit_former_name
    for each row execute function parindex_former_name_withdrawal();
create trigger unit_event_account_append_only
    before update or delete on unit_event_account
    for each row execute function parindex_refuse_change();

do $$
begin
  if '${appRole}' <> '' and '${appRole}' <> current_user then
    execute format('grant update (withdrawn_by, withdrawn_at, withdrawal_reason) on unit_event to %I',
                   '${appRole}');
    execute format('grant update (withdrawn) on unit_former_name to %I', '${appRole}');
    execute format('revoke update, truncate on unit_event_account from %I', '${appRole}');
  end if;
end
$$;
