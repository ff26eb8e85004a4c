package vn.parindex.issuance;

import java.util.Optional;

/** Stores the signed copies; implemented in the persistence module. */
public interface IssuedReportRepository {
  void add(IssuedReport report);

  /** The newest signed copy of the campaign's report: the issued one. */
  Optional<IssuedReport> latest(long campaignId);
}
