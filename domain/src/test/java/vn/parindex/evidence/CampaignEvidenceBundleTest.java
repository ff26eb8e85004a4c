package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignEvidenceBundleTest {
  private static EvidenceDocument document(String fileName, String number, LocalDate date) {
    return new EvidenceDocument(
        null,
        null,
        new StoredFile("ab".repeat(32), 10, "application/pdf"),
        fileName,
        new EvidenceMetadata(number, date, null, null),
        "snv",
        Instant.EPOCH);
  }

  @Test
  void aLeafLiesUnderItsFieldAndCriterion() {
    assertEquals("3/3.2/3.2.1/", CampaignEvidenceBundle.folders("3.2.1"));
    assertEquals("1/1.6/", CampaignEvidenceBundle.folders("1.6"));
  }

  @Test
  void aFileIsNamedByItsNumberAndDateAndCannotLeaveItsFolder() {
    assertEquals(
        "520-KH-UBND_2021-12-24.pdf",
        CampaignEvidenceBundle.fileName(
            document("Kế hoạch.pdf", "520/KH-UBND", LocalDate.of(2021, 12, 24))));
    assertEquals(
        "Báo cáo- quý 1.docx",
        CampaignEvidenceBundle.fileName(document("Báo cáo: quý 1.docx", null, null)));
    assertEquals(
        "_..-..-etc-passwd",
        CampaignEvidenceBundle.fileName(document("x.pdf", "../../etc/passwd", null))
            .replace(".pdf", ""));
  }
}
