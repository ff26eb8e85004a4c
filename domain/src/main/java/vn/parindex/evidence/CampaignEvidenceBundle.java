package vn.parindex.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.parindex.assessment.LeafResolver;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.evidence.adapter.BundleIndexXlsx;
import vn.parindex.framework.NodeCode;
import vn.parindex.shared.FileNames;
import vn.parindex.shared.MessageKey;
import vn.parindex.shared.Roles;

/**
 * Every document of a campaign in one ZIP, as the Ministry's software takes evidence: a folder per
 * field, criterion and sub-criterion ({@code 3/3.2/3.2.1/}, under the subject's code first in an
 * INTERNAL campaign), each file named by its number and date ({@code 520-KH-UBND_2021-12-24.pdf}),
 * and an index workbook ({@code muc-luc.xlsx}: leaf, number, date, issuer, citation, file, size,
 * SHA-256). A document backing several leaves is in each of their folders. The files are copied
 * from the store one at a time into the response, outside any transaction: two gigabytes of
 * evidence take a buffer's worth of memory, the index a row per file.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class CampaignEvidenceBundle {
  static final String INDEX = "muc-luc.xlsx";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  /** The index's column titles, said in the reader's language by the caller. */
  public static final List<MessageKey> COLUMNS =
      Stream.of("node", "number", "date", "issuer", "citation", "file", "size", "sha256")
          .map(c -> new MessageKey("evidence.bundle.column." + c))
          .toList();

  @Inject EvidenceRepository documents;
  @Inject EvidenceStore store;
  @Inject LeafResolver leaves;

  /** A file of the bundle: the link it backs and its path in the ZIP. */
  public record Entry(EvidenceLink link, String path) {}

  /** What a bundle holds, read in the request's transaction by {@link #of}. */
  public record Contents(long campaignId, List<Entry> entries) {
    public Contents {
      entries = List.copyOf(entries);
    }
  }

  /** The campaign's documents in force, leaf by leaf in the framework's order. */
  public Contents of(long campaignId) {
    Campaign campaign = leaves.campaign(campaignId);
    boolean internal = campaign.getKind() == CampaignKind.INTERNAL;
    List<EvidenceLink> links =
        documents.activeLinks(campaignId).stream()
            .sorted(
                Comparator.comparing((EvidenceLink l) -> internal ? l.getSubject().getCode() : "")
                    .thenComparing(EvidenceLink::getNodeCode, NodeCode.ORDER)
                    .thenComparing(l -> l.getDocument().getId()))
            .toList();
    Set<String> used = new HashSet<>();
    List<Entry> entries = new ArrayList<>();
    for (EvidenceLink link : links) {
      String folder =
          (internal ? link.getSubject().getCode() + "/" : "") + folders(link.getNodeCode());
      entries.add(new Entry(link, unique(folder + fileName(link.getDocument()), used)));
    }
    return new Contents(campaignId, entries);
  }

  /** Writes the files, streamed from the store, then their index headed by {@code titles}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void write(Contents contents, List<String> titles, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // Scans and PDFs barely compress: the fastest level spends the processor on little else.
    zip.setLevel(Deflater.BEST_SPEED);
    List<BundleIndexXlsx.IndexRow> rows = new ArrayList<>();
    for (Entry entry : contents.entries()) {
      EvidenceDocument d = entry.link().getDocument();
      zip.putNextEntry(new ZipEntry(entry.path()));
      try (InputStream in = store.open(d.getSha256())) {
        in.transferTo(zip);
      }
      zip.closeEntry();
      rows.add(
          new BundleIndexXlsx.IndexRow(
              entry.link().getNodeCode(),
              d.getNumber(),
              d.getIssuedOn(),
              d.getIssuer(),
              d.getCitation(),
              entry.path(),
              d.getSize(),
              d.getSha256()));
    }
    zip.putNextEntry(new ZipEntry(INDEX));
    BundleIndexXlsx.write(rows, titles, unclosed(zip));
    zip.closeEntry();
    zip.finish();
  }

  /** The folders of a leaf: its field's, its criterion's, its own ({@code 3/3.2/3.2.1/}). */
  static String folders(String nodeCode) {
    List<String> path = new ArrayList<>();
    for (String code = nodeCode; code != null; code = NodeCode.parentOf(code)) {
      path.add(0, code);
    }
    return String.join("/", path) + "/";
  }

  /**
   * A file's name by its number and date ({@code 520-KH-UBND_2021-12-24.pdf}), its own name where
   * it has no number; nothing in it can leave its folder.
   */
  static String fileName(EvidenceDocument document) {
    String original = document.getFileName();
    int dot = original.lastIndexOf('.');
    String extension = dot > 0 && original.length() - dot <= 8 ? original.substring(dot) : "";
    String name =
        document.getNumber() == null
            ? original.substring(0, dot > 0 && !extension.isEmpty() ? dot : original.length())
            : document.getNumber();
    if (document.getIssuedOn() != null) {
      name += "_" + DAY.format(document.getIssuedOn());
    }
    return safe(name) + extension.replaceAll("[^.\\p{L}\\p{N}]", "");
  }

  private static String safe(String name) {
    // The number and name come trimmed; a space may still stand before the extension.
    return FileNames.portable(name, "-").strip();
  }

  /** The path, or the same with " (2)", " (3)" … before its extension where it is taken. */
  private static String unique(String path, Set<String> used) {
    String candidate = path;
    int dot = path.lastIndexOf('.');
    boolean extension = dot > path.lastIndexOf('/');
    for (int n = 2; !used.add(candidate); n++) {
      candidate =
          extension
              ? path.substring(0, dot) + " (" + n + ")" + path.substring(dot)
              : path + " (" + n + ")";
    }
    return candidate;
  }

  /** The ZIP seen through a stream whose closing leaves it open, for the workbook's writer. */
  private static OutputStream unclosed(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
