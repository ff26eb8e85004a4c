package vn.parindex.web.shell;

import vn.parindex.shared.BusinessException;
import vn.parindex.shared.ConflictException;

/**
 * Fired by {@link BusinessExceptionHandler} when the domain refuses what a page asked, before the
 * refusal becomes a message. A page bean observes it ({@code @Observes(notifyObserver =
 * IF_EXISTS)}) to bring itself up to date, and may {@link #explain} the refusal in its own words: a
 * stale edit, for one, keeps the user's input beside what is saved now.
 */
public final class Refusal {
  private final BusinessException failure;
  private boolean explained;

  Refusal(BusinessException failure) {
    this.failure = failure;
  }

  public BusinessException failure() {
    return failure;
  }

  /** Someone saved the same thing since the page read it. */
  public boolean isStale() {
    return failure instanceof ConflictException && "error.stale".equals(failure.messageKey());
  }

  /** The observer has put its own message on the page; the handler adds none. */
  public void explain() {
    explained = true;
  }

  boolean isExplained() {
    return explained;
  }
}
