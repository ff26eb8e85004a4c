package vn.parindex.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.Violation;

class SignedCopyCheckTest {
  private static final String PAGE =
      "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố:   123/BC-UBND\nHà Tĩnh, ngày 04 tháng 12 năm 2023";
  private static final SignedCopy.Signature WHOLE =
      new SignedCopy.Signature("Nguyễn Văn Ký", Instant.EPOCH, true);

  private static List<String> keys(SignedCopy copy) {
    return SignedCopyCheck.problems(copy, "123/BC-UBND").stream()
        .map(Violation::messageKey)
        .toList();
  }

  @Test
  void theSignedUnalteredReportPasses() {
    assertEquals(List.of(), keys(new SignedCopy(List.of(WHOLE), PAGE)));
  }

  @Test
  void aCopyWithoutSignatureIsRefused() {
    assertEquals(List.of("issued.unsigned"), keys(new SignedCopy(List.of(), PAGE)));
  }

  @Test
  void aCopyChangedAfterTheLastSignatureIsRefused() {
    SignedCopy.Signature partial = new SignedCopy.Signature("Nguyễn Văn Ký", null, false);
    assertEquals(
        List.of("issued.changedAfterSigning"), keys(new SignedCopy(List.of(WHOLE, partial), PAGE)));
    assertEquals(List.of(), keys(new SignedCopy(List.of(partial, WHOLE), PAGE)), "signed twice");
  }

  @Test
  void anotherDocumentOrAnotherNumberIsRefused() {
    assertEquals(
        List.of("issued.otherDocument"),
        keys(new SignedCopy(List.of(WHOLE), PAGE.replace("123/", "124/"))));
    assertEquals(
        List.of("issued.unsigned", "issued.otherDocument"),
        keys(new SignedCopy(List.of(), "BÁO CÁO TIẾN ĐỘ")));
  }
}
