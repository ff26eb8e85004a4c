package vn.parindex.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.CsvWriter;
import vn.parindex.shared.FileNames;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * A unit's evidence in one ZIP, for the appraiser who reads it all at once and for the unit's own
 * records: every document backing a leaf the unit answers for (its own leaves in an INTERNAL
 * campaign, the leaves it leads in a PROVINCIAL one) that the caller may read, in a folder per
 * criterion, with a table of contents ({@code muc-luc.csv}: criterion, file, number, date, issuer,
 * size, SHA-256, which the reader can check each file against). The files are copied from the store
 * one at a time into the response: a bundle of a gigabyte takes a buffer's worth of memory.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class EvidenceBundle {
  static final String CONTENTS = "muc-luc.csv";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The titles of the table of contents' columns, said in the reader's language by the caller. */
  public static final List<MessageKey> COLUMNS =
      Stream.of("node", "file", "number", "date", "issuer", "size", "sha256")
          .map(c -> new MessageKey("evidence.bundle.column." + c))
          .toList();

  @Inject EvidenceRepository documents;
  @Inject EvidenceStore store;
  @Inject LeafResolver leaves;
  @Inject CampaignService campaignService;

  /** What a bundle holds, read and checked by {@link #of}; only this class makes one. */
  public static final class Contents {
    private final String unitCode;
    private final List<EvidenceLink> links;

    private Contents(String unitCode, List<EvidenceLink> links) {
      this.unitCode = unitCode;
      this.links = List.copyOf(links);
    }

    public String unitCode() {
      return unitCode;
    }
  }

  /**
   * The documents of the leaves {@code unitCode} answers for that the caller may read; refused when
   * the caller may read none of the unit's leaves and is not of the unit.
   */
  public Contents of(long campaignId, String unitCode) {
    if (unitCode == null || !unitCode.matches(OrganisationUnit.CODE_PATTERN)) {
      String shown =
          unitCode == null || unitCode.length() <= 30 ? unitCode : unitCode.substring(0, 30) + "…";
      throw InvalidInputException.of(Violation.ofField("unit", "unit.code.invalid", shown));
    }
    CampaignAccess.Caller caller = campaignService.caller();
    Campaign campaign = leaves.campaign(campaignId);
    Map<String, String> leads = campaign.leadsByNode();
    boolean internal = campaign.getKind() == CampaignKind.INTERNAL;
    // A unit's own leaves are found by the database; the leaves it leads, by the assignments.
    List<EvidenceLink> candidates =
        internal
            ? documents.activeLinks(campaignId, List.of(unitCode))
            : documents.activeLinks(campaignId);
    List<EvidenceLink> links =
        candidates.stream()
            .filter(
                l ->
                    unitCode.equals(
                        internal ? l.getSubject().getCode() : leads.get(l.getNodeCode())))
            .filter(
                l ->
                    CampaignAccess.mayRead(
                        caller,
                        campaign.getKind(),
                        l.getSubject().getCode(),
                        leads.get(l.getNodeCode())))
            .sorted(
                Comparator.comparing(EvidenceLink::getNodeCode, NodeCode.ORDER)
                    .thenComparing(l -> l.getDocument().getId()))
            .toList();
    if (links.isEmpty() && !caller.seesEverything() && !unitCode.equals(caller.unitCode())) {
      LeafResolver.refuse(caller, "download the evidence of " + unitCode, campaignId);
    }
    return new Contents(unitCode, links);
  }

  /**
   * Writes the ZIP: the table of contents first, headed by {@code titles} ({@link #COLUMNS} in the
   * reader's language), then each file, streamed from the store.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void write(Contents contents, List<String> titles, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // Scans and PDFs barely compress: the fastest level spends the processor on little else.
    zip.setLevel(Deflater.BEST_SPEED);
    zip.putNextEntry(new ZipEntry(CONTENTS));
    Writer index = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    CsvWriter.start(index);
    CsvWriter.line(titles, index);
    for (EvidenceLink link : contents.links) {
      CsvWriter.line(row(link), index);
    }
    index.flush();
    zip.closeEntry();
    for (EvidenceLink link : contents.links) {
      zip.putNextEntry(new ZipEntry(path(link)));
      try (InputStream in = store.open(link.getDocument().getSha256())) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }
    zip.finish();
  }

  private static List<String> row(EvidenceLink link) {
    EvidenceDocument d = link.getDocument();
    return Arrays.asList(
        link.getNodeCode(),
        path(link),
        d.getNumber(),
        d.getIssuedOn() == null ? null : DAY.format(d.getIssuedOn()),
        d.getIssuer(),
        String.valueOf(d.getSize()),
        d.getSha256());
  }

  /**
   * Where a file lies in the ZIP: its criterion's folder, the document's number (two documents may
   * share a name) and its name without anything that could leave the folder.
   */
  static String path(EvidenceLink link) {
    String name = FileNames.portable(link.getDocument().getFileName(), "_");
    return link.getNodeCode() + "/" + link.getDocument().getId() + "-" + name;
  }
}
