package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final Instant T = Instant.parse("2023-12-20T02:00:00.123456789Z");

  private static AuditEntry entry(String newValue) {
    return new AuditEntry(7, "UBND", "7.3.3", "selfScore", "0", newValue, "vp.daumoi", T, null);
  }

  /** Three entries written in turn, and the head the campaign keeps. */
  private static AuditChain.Head written(List<AuditEntry> entries) {
    AuditChain.Head head = new AuditChain.Head(0, AuditChain.START);
    for (String value : new String[] {"0.5", "1", "0.75"}) {
      AuditEntry e = entry(value);
      head = AuditChain.link(head, e);
      entries.add(e);
    }
    return head;
  }

  @Test
  void aTrailAsWrittenIsIntactAndEachHashCoversTheOneBefore() {
    List<AuditEntry> entries = new ArrayList<>();
    AuditChain.Head head = written(entries);
    assertEquals(new AuditChain.Check(3, null), AuditChain.check(entries, head));
    assertEquals(entries.get(0).getHash(), entries.get(1).getPreviousHash());
    assertNotEquals(entries.get(0).getHash(), entries.get(1).getHash());
    assertEquals(3, head.seq());
  }

  @Test
  void aChangedValueBreaksTheChainAtThatEntry() throws Exception {
    List<AuditEntry> entries = new ArrayList<>();
    AuditChain.Head head = written(entries);
    set(entries.get(1), "newValue", "0.25");
    assertEquals(2L, AuditChain.check(entries, head).brokenAt());
  }

  @Test
  void aRemovedEntryOrCutOffEndIsFound() {
    List<AuditEntry> entries = new ArrayList<>();
    AuditChain.Head head = written(entries);
    List<AuditEntry> middleGone = new ArrayList<>(List.of(entries.get(0), entries.get(2)));
    assertEquals(2L, AuditChain.check(middleGone, head).brokenAt());
    assertEquals(3L, AuditChain.check(entries.subList(0, 2), head).brokenAt(), "the end cut off");
    assertEquals(1L, AuditChain.check(List.of(), head).brokenAt(), "the whole trail emptied");
    assertTrue(AuditChain.check(List.of(), new AuditChain.Head(0, "")).intact(), "never written");
  }

  @Test
  void theTimeIsKeptToTheMillisecondSoItReadsBackTheSame() {
    assertEquals(Instant.parse("2023-12-20T02:00:00.123Z"), entry("1").getAt());
  }

  private static void set(AuditEntry entry, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(entry, value);
  }
}
