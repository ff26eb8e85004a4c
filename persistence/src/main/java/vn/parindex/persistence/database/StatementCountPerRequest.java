package vn.parindex.persistence.database;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Logs the SQL statements each request ran, when {@code parindex.sql.count} is true: {@code SQL
 * statements 7 (select 6, insert 0, update 1, delete 0, other 0): GET /api/campaigns/3/results}. A
 * request listener rather than a filter, because the listener is called before authentication, so
 * the account checks a signed-in request makes are counted with it.
 */
@WebListener
public class StatementCountPerRequest implements ServletRequestListener {
  private static final Logger LOG = Logger.getLogger(StatementCountPerRequest.class.getName());
  private static final boolean ENABLED =
      StatementCount.enabled(
          ConfigProvider.getConfig(StatementCountPerRequest.class.getClassLoader()));

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (ENABLED) {
      StatementCount.reset();
    }
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    if (ENABLED && event.getServletRequest() instanceof HttpServletRequest request) {
      String query = request.getQueryString();
      LOG.info(
          String.format(
              "SQL statements %d: %s %s%s",
              StatementCount.now(),
              request.getMethod(),
              request.getRequestURI(),
              query == null ? "" : "?" + query));
      StatementCount.reset();
    }
  }
}
