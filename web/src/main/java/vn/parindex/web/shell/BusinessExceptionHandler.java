package vn.parindex.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.NotFoundException;

/**
 * The one place where a page's failures become what the user reads. A campaign or unit that does
 * not exist, or one the caller may not see, is answered with the 404 or 403 page in the user's
 * language, saying what was asked for, instead of the 500 page. When a form is posted (AJAX or not)
 * any refusal of the domain becomes a message on the page, beside the field it concerns in the
 * submitted form, after the page's beans have heard of it as a {@link Refusal}: page beans do not
 * catch what the domain throws. Everything else goes on to PrimeFaces' handler and the error pages
 * of web.xml.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {
  /** The request attribute the error pages read: what exactly was not found or refused. */
  public static final String DETAIL = "parindex.error.detail";

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  /** Installed in faces-config.xml after PrimeFaces' factory, which it wraps. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
    }
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (handled(faces, thrown)) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static boolean handled(FacesContext faces, Throwable thrown) {
    Optional<BusinessException> business = cause(thrown, BusinessException.class);
    boolean accessRefused = cause(thrown, EJBAccessException.class).isPresent();
    if (business.isEmpty() && !accessRefused) {
      return false;
    }
    if (faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
      FacesMessages messages = CDI.current().select(FacesMessages.class).get();
      business.ifPresentOrElse(
          e -> {
            Refusal refusal = new Refusal(e);
            CDI.current().getBeanManager().getEvent().select(Refusal.class).fire(refusal);
            if (!refusal.isExplained()) {
              messages.show(e);
            }
          },
          () -> messages.error(null, "error.forbidden"));
      return true;
    }
    int status;
    if (accessRefused || business.get() instanceof ForbiddenException) {
      status = 403;
    } else if (business.get() instanceof NotFoundException) {
      status = 404;
    } else {
      return false;
    }
    ExternalContext external = faces.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    business
        .filter(e -> status == 404)
        .ifPresent(e -> external.getRequestMap().put(DETAIL, text(e)));
    try {
      external.responseReset();
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return true;
  }

  /** In the person's language: the view's own locale is not settled before it renders. */
  private static String text(BusinessException e) {
    Messages messages = CDI.current().select(Messages.class).get();
    Locale locale = CDI.current().select(UserPreferences.class).get().getLocale();
    return messages.get(locale, e.messageKey(), e.arguments());
  }

  private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> kind) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return Optional.of(kind.cast(t));
      }
    }
    return Optional.empty();
  }
}
