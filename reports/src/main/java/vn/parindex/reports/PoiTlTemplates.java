package vn.parindex.reports;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.parindex.issuance.WordTemplates;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** The Word templates in the reports jar, and their placeholders as poi-tl reads them. */
@ApplicationScoped
public class PoiTlTemplates implements WordTemplates {
  private static final Map<String, String> SHIPPED =
      Map.of("self-assessment", SelfAssessmentWord.TEMPLATE, "progress", ProgressWord.TEMPLATE);

  private final Map<String, Set<String>> required = new ConcurrentHashMap<>();

  @Override
  public Set<String> kinds() {
    return SHIPPED.keySet();
  }

  @Override
  public InputStream standard(String kind) {
    String resource = Objects.requireNonNull(SHIPPED.get(kind), kind);
    return Objects.requireNonNull(
        PoiTlTemplates.class.getClassLoader().getResourceAsStream(resource), resource);
  }

  @Override
  public Set<String> required(String kind) {
    return required.computeIfAbsent(
        kind,
        k -> {
          try (InputStream in = standard(k)) {
            return tags(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public Set<String> placeholders(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx)) {
      return tags(in);
    } catch (IOException | RuntimeException e) {
      // Not a Word document (another file, a damaged one, an old .doc): nothing to fill.
      throw InvalidInputException.of(Violation.ofField("file", "template.notDocx"));
    }
  }

  private static Set<String> tags(InputStream docx) throws IOException {
    try (XWPFTemplate template = XWPFTemplate.compile(docx)) {
      Set<String> tags = new TreeSet<>();
      collect(template.getElementTemplates(), tags);
      return tags;
    }
  }

  private static void collect(List<MetaTemplate> templates, Set<String> tags) {
    for (MetaTemplate meta : templates) {
      if (meta instanceof ElementTemplate element) {
        tags.add(element.getTagName());
      } else if (meta instanceof IterableTemplate block) {
        tags.add(block.getStartMark().getTagName());
        collect(block.getTemplates(), tags);
      }
    }
  }
}
