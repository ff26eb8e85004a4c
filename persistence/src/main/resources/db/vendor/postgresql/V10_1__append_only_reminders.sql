-- Reminders are the record of slow units that Sở Nội vụ reports to the People's Committee: like
-- the audit trail, they are never changed or removed.

create trigger reminder_append_only
    before update or delete on reminder
    for each row execute function parindex_refuse_change();
