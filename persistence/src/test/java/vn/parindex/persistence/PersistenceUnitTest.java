package vn.parindex.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.parindex.account.Account;

/**
 * A new entity, embeddable or converter that is not listed in persistence.xml fails only at run
 * time; catch it here.
 */
class PersistenceUnitTest {
  @Test
  void everyDomainEntityEmbeddableAndConverterIsListedInThePersistenceUnit() throws Exception {
    assertEquals(domainEntities(), listedClasses());
  }

  private static Set<String> listedClasses() throws IOException {
    try (InputStream in =
        PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      Matcher m =
          Pattern.compile("<class>([^<]+)</class>")
              .matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      Set<String> names = new TreeSet<>();
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }
  }

  private static Set<String> domainEntities() throws IOException, URISyntaxException {
    Path location =
        Path.of(Account.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return entitiesUnder(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return entitiesUnder(jar.getPath("/"));
    }
  }

  private static Set<String> entitiesUnder(Path root) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString();
        if (relative.endsWith(".class") && !relative.contains("$")) {
          String name = relative.replace('/', '.').replaceAll("\\.class$", "");
          try {
            Class<?> type = Class.forName(name, false, PersistenceUnitTest.class.getClassLoader());
            if (type.isAnnotationPresent(Entity.class)
                || type.isAnnotationPresent(Embeddable.class)
                || type.isAnnotationPresent(Converter.class)) {
              names.add(name);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return names;
  }
}
