package vn.parindex.issuance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.campaign.ReportDrafts;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.shared.FileNames;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Violation;

/**
 * Sở Nội vụ keeps the report as issued: the copy the leader signed digitally, uploaded back and
 * matched to the campaign's report by its number ({@link SignedCopyCheck}); the campaign then shows
 * it as issued ("đã ban hành") with its number, and anyone who reads the campaign can take the
 * signed copy and check its hash.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class IssueReport {
  private static final Logger LOG = Logger.getLogger(IssueReport.class.getName());

  @Inject IssuedReportRepository issued;
  @Inject EvidenceStore store;
  @Inject SignedCopy.Reader reader;
  @Inject ReportDrafts drafts;
  @Inject CampaignService campaigns;
  @Inject Issuers issuers;
  @Inject Clock clock;

  /** A signed copy and its content, to hand to the reader. */
  public record Download(IssuedReport report, InputStream content) {}

  /**
   * Keeps {@code content} as the campaign's issued report if it is its signed copy; otherwise 422
   * with every reason and nothing kept.
   */
  public IssuedReport issue(long campaignId, InputStream content, String fileName)
      throws IOException {
    return store.accept(
        content,
        received -> {
          Campaign campaign = campaigns.get(campaignId);
          ReportDraft draft = drafts.reportDraft(campaignId);
          String number = number(campaign, draft);
          String name = FileNames.uploaded(fileName, "bao-cao-da-ky.pdf", "issued.fileName");
          SignedCopy copy = reader.read(received.file());
          List<Violation> problems = SignedCopyCheck.problems(copy, number);
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          return () -> {
            IssuedReport report =
                new IssuedReport(
                    campaignId,
                    number,
                    draft.getIssuedOn(),
                    new IssuedReport.StoredCopy(received.sha256(), received.size(), name),
                    signers(copy),
                    campaigns.caller().username(),
                    clock.instant());
            issued.add(report);
            LOG.info(() -> "Report " + number + " of campaign " + campaignId + " issued");
            return report;
          };
        });
  }

  /**
   * The campaign's issued report, if a signed copy was kept: an issued document, which everyone who
   * works on the campaign may see and read.
   */
  @RolesAllowed(Roles.USER)
  public Optional<IssuedReport> issued(long campaignId) {
    campaigns.get(campaignId);
    return issued.latest(campaignId);
  }

  /** The signed copy as it was uploaded. */
  @RolesAllowed(Roles.USER)
  public Download open(long campaignId) throws IOException {
    IssuedReport report =
        issued(campaignId)
            .orElseThrow(() -> new NotFoundException("issued.none", String.valueOf(campaignId)));
    return new Download(report, store.open(report.getSha256()));
  }

  /** The number the report printed, which its signed copy must show. */
  private String number(Campaign campaign, ReportDraft draft) {
    if (draft.getNumber() == null) {
      throw InvalidInputException.of(Violation.ofField("file", "issued.noNumber"));
    }
    IssuingBody issuer =
        issuers.of(campaign).orElseThrow(() -> new NotFoundException("report.noProvince"));
    return issuer.reportNumber(draft.getNumber());
  }

  private static String signers(SignedCopy copy) {
    String names =
        copy.signatures().stream()
            .map(SignedCopy.Signature::name)
            .filter(n -> n != null && !n.isBlank())
            .collect(Collectors.joining("; "));
    return names.length() > 500 ? names.substring(0, 500) : names;
  }
}
