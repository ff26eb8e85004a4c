package vn.parindex.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.parindex.evidence.EvidenceStore;

/**
 * The evidence store the installation chose: {@code parindex.evidence.store} (env {@code
 * PARINDEX_EVIDENCE_STORE}) {@code directory}, the default, for one server or servers sharing a
 * mount, or {@code database}, for servers that share only the database.
 */
@ApplicationScoped
public class EvidenceStores {
  public static final String STORE_KEY = "parindex.evidence.store";
  private static final Logger LOG = Logger.getLogger(EvidenceStores.class.getName());

  @Inject FileEvidenceStore directory;
  @Inject DatabaseEvidenceStore database;

  @Produces
  @ApplicationScoped
  EvidenceStore configured() {
    Config config = ConfigProvider.getConfig(EvidenceStores.class.getClassLoader());
    String chosen = config.getOptionalValue(STORE_KEY, String.class).orElse("directory").strip();
    LOG.info(() -> "Evidence store: " + chosen);
    return switch (chosen) {
      case "directory" -> directory;
      case "database" -> database;
      default ->
          throw new IllegalStateException(
              STORE_KEY
                  + " (PARINDEX_EVIDENCE_STORE) is \""
                  + chosen
                  + "\": choose directory or database");
    };
  }
}
