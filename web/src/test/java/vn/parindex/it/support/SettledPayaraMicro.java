package vn.parindex.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container, deploying again when it read the server's start-up listing
 * too early. The adapter (3.1) takes the log as soon as the instance's "Https Port(s)" line is in,
 * and the servlet list printed right after it may not be there yet: then no servlet is known and
 * the test fails with "ArquillianServletRunnerEE9 not found" although the server listed it (seen in
 * CI on a busy machine). A listing without servlets is never a real deployment of this WAR.
 */
public class SettledPayaraMicro extends PayaraMicroDeployableContainer {
  private static final Logger LOG = Logger.getLogger(SettledPayaraMicro.class.getName());
  private static final int ATTEMPTS = 3;

  /** Puts this container in the place of the adapter's own. */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class,
          PayaraMicroDeployableContainer.class,
          SettledPayaraMicro.class);
    }
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    for (int attempt = 1; ; attempt++) {
      ProtocolMetaData metaData = super.deploy(archive);
      if (metaData == null || hasServlets(metaData) || attempt == ATTEMPTS) {
        return metaData;
      }
      LOG.warning("Payara Micro's servlet listing was read before it was printed; deploying again");
      undeploy(archive);
    }
  }

  private static boolean hasServlets(ProtocolMetaData metaData) {
    return metaData.getContexts(HTTPContext.class).stream()
        .anyMatch(context -> !context.getServlets().isEmpty());
  }
}
