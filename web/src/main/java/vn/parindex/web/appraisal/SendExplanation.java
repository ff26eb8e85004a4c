package vn.parindex.web.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.evidence.EvidenceMetadata;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.web.shell.Uploads;

/**
 * A unit's explanation of a leaf as a page sends it: the text, then the document chosen with it, if
 * any. The appraisal page's (a unit to its appraisers) and the Ministry page's (a lead unit for the
 * province) alike.
 */
@ApplicationScoped
public class SendExplanation {
  @Inject AppraisalService appraisals;
  @Inject EvidenceService evidence;

  public void send(
      long campaignId, String subjectCode, String nodeCode, String text, UploadedFile file) {
    appraisals.explain(campaignId, subjectCode, nodeCode, text);
    if (file != null && file.getSize() > 0) {
      Uploads.read(
          file,
          "explanationFile",
          in ->
              evidence.uploadWithExplanation(
                  campaignId,
                  subjectCode,
                  nodeCode,
                  in,
                  file.getFileName(),
                  new EvidenceMetadata(null, null, null, null)));
    }
  }
}
