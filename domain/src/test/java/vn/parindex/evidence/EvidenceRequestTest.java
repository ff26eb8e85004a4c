package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.ConflictException;

class EvidenceRequestTest {
  private static final LocalDate DUE = LocalDate.of(2022, 12, 15);

  private static EvidenceRequest request() {
    return new EvidenceRequest(
        null, null, "8.1", null, null, "Số liệu khảo sát", DUE, "vp.daumoi", Instant.EPOCH);
  }

  @Test
  void anOpenRequestIsOverdueTheDayAfterItsDueDate() {
    EvidenceRequest r = request();
    assertFalse(r.overdue(DUE));
    assertTrue(r.overdue(DUE.plusDays(1)));
    r.complete("stp.daumoi", Instant.EPOCH, "Đã gửi");
    assertFalse(r.overdue(DUE.plusDays(1)), "a done request is never overdue");
    assertEquals("stp.daumoi", r.getDoneBy());
  }

  @Test
  void aRequestIsDoneOnce() {
    EvidenceRequest r = request();
    r.complete("stp.daumoi", Instant.EPOCH, null);
    assertEquals(
        "request.alreadyDone",
        assertThrows(ConflictException.class, () -> r.complete("x", Instant.EPOCH, null))
            .messageKey());
  }
}
