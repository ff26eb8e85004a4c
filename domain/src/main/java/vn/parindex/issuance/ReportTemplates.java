package vn.parindex.issuance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import vn.parindex.campaign.CampaignService;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.shared.FileNames;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * Sở Nội vụ's Word templates: download the one in use, change its wording in Word, upload it for
 * the province. An upload that lacks a placeholder the document fills is refused with the missing
 * ones, and the template in use stays.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ReportTemplates {
  private static final Logger LOG = Logger.getLogger(ReportTemplates.class.getName());

  @Inject ReportTemplateRepository templates;
  @Inject WordTemplates word;
  @Inject EvidenceStore store;
  @Inject CampaignService campaigns;
  @Inject Clock clock;

  /** The documents made from a Word template, in the order to offer them. */
  @RolesAllowed(Roles.USER)
  public List<String> kinds() {
    return word.kinds();
  }

  /** The template in use for the kind: the province's upload, or none for the product's own. */
  @RolesAllowed(Roles.USER)
  public Optional<ReportTemplate> current(String kind) {
    return templates.latest(known(kind));
  }

  /** The template the documents of the kind are filled into, as a Word file. */
  @RolesAllowed(Roles.USER)
  public InputStream open(String kind) throws IOException {
    Optional<ReportTemplate> uploaded = current(kind);
    return uploaded.isPresent() ? store.open(uploaded.get().getSha256()) : word.standard(kind);
  }

  /** Keeps the province's template if it has every placeholder the kind's document fills. */
  public ReportTemplate upload(String kind, InputStream content, String fileName)
      throws IOException {
    return store.accept(
        content,
        received -> {
          String checkedKind = known(kind);
          String name = FileNames.uploaded(fileName, checkedKind + ".docx", "template.fileName");
          Set<String> missing = new TreeSet<>(word.required(checkedKind));
          missing.removeAll(word.placeholders(checkedKind, received.file()));
          if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                Violation.ofField("file", "template.missing", String.join(", ", missing)));
          }
          return () -> {
            ReportTemplate template =
                new ReportTemplate(
                    checkedKind,
                    received.sha256(),
                    name,
                    campaigns.caller().username(),
                    clock.instant());
            templates.add(template);
            LOG.info(
                () -> "Template of " + checkedKind + " replaced by " + template.getUploadedBy());
            return template;
          };
        });
  }

  private String known(String kind) {
    if (kind == null || !word.kinds().contains(kind)) {
      throw new NotFoundException("template.unknown", String.valueOf(kind));
    }
    return kind;
  }
}
