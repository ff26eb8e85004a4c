package vn.parindex.issuance;

import java.util.Optional;

/** Stores the uploaded templates; implemented in the persistence module. */
public interface ReportTemplateRepository {
  void add(ReportTemplate template);

  /** The newest template of the kind: the one the documents are filled into. */
  Optional<ReportTemplate> latest(String kind);
}
