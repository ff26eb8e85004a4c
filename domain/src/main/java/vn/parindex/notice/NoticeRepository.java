package vn.parindex.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores notices. */
public interface NoticeRepository {
  void add(Notice notice);

  Optional<Notice> find(long id);

  /** The person's newest notices first, at most {@code limit}. */
  List<Notice> of(String recipient, int limit);

  long unread(String recipient);

  /** Every unread notice of the person, to mark them all read. */
  List<Notice> unreadOf(String recipient);

  /** Whether the person was already told of that date of that campaign. */
  boolean toldOfDate(String recipient, long campaignId, String phase, LocalDate due);
}
