package vn.parindex.persistence.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;

/**
 * SQL statements run on this thread since the last {@link #reset}, counted around each physical
 * connection when {@code parindex.sql.count} is true (the N+1 guard and the benchmark switch it on;
 * production leaves it off, and then no connection is wrapped). A JDK proxy of our own: the
 * datasource-proxy jar carries JSP tag classes that stop Payara from deploying the WAR.
 */
public final class StatementCount {
  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  private StatementCount() {}

  /** Whether this installation counts statements. */
  public static boolean enabled(Config config) {
    return config.getOptionalValue("parindex.sql.count", Boolean.class).orElse(false);
  }

  static Connection counting(Connection physical) {
    return wrap(Connection.class, physical);
  }

  /** Starts this thread's count again. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** The statements this thread executed since {@link #reset}. */
  public static int now() {
    return COUNT.get()[0];
  }

  private static <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            COUNT.get()[0]++;
          }
          Object result = invoke(method, target, args);
          // Statements come from the connection; each one made is wrapped in turn, so its
          // executions are counted whatever kind it is.
          if (result instanceof Statement statement && type == Connection.class) {
            return wrapStatement(method.getReturnType(), statement);
          }
          return result;
        };
    return type.cast(
        Proxy.newProxyInstance(
            StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @SuppressWarnings("unchecked")
  private static <S extends Statement> Object wrapStatement(
      Class<?> declared, Statement statement) {
    return wrap((Class<S>) declared, (S) statement);
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
