package vn.parindex.assessment;

import java.util.List;

/** Stores reminders; implemented in the persistence module. */
public interface ReminderRepository {
  /** A campaign's reminders, newest first. */
  List<Reminder> reminders(long campaignId);

  void add(Reminder reminder);
}
