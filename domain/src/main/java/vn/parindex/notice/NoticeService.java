package vn.parindex.notice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;

/** A person's own notices: the bell's count, the list, and marking them read. */
@Stateless
@RolesAllowed(Roles.USER)
public class NoticeService {
  /** How many of the newest notices the list shows. */
  public static final int SHOWN = 50;

  @Inject NoticeRepository notices;
  @Inject Clock clock;
  @Resource SessionContext session;

  public List<Notice> mine() {
    return notices.of(me(), SHOWN);
  }

  public long unread() {
    return notices.unread(me());
  }

  /** Marks one of the caller's notices read; another person's is not found. */
  public Notice read(long id) {
    Notice notice =
        notices
            .find(id)
            .filter(n -> n.getRecipient().equals(me()))
            .orElseThrow(() -> new NotFoundException("notice.notFound", String.valueOf(id)));
    notice.read(clock.instant());
    return notice;
  }

  public void readAll() {
    notices.unreadOf(me()).forEach(n -> n.read(clock.instant()));
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
