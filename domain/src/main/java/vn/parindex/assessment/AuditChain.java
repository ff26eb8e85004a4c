package vn.parindex.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail of a campaign as a hash chain: each entry's SHA-256 covers its own fields and the
 * hash of the entry before it, and the campaign keeps the number and hash of the last one. An entry
 * changed, removed or inserted afterwards, or the last ones cut off, breaks the chain at that
 * place, whoever did it and with whatever rights in the database.
 */
public final class AuditChain {
  /** The hash before the first entry. */
  public static final String START = "";

  private AuditChain() {}

  /** The campaign's record of its chain: how many entries, and the hash of the last. */
  public record Head(long seq, String hash) {}

  /**
   * What a check found: how many entries it read, and the first number where the chain breaks (null
   * when intact).
   */
  public record Check(long entries, Long brokenAt) {
    public boolean intact() {
      return brokenAt == null;
    }
  }

  /** Links the entry after {@code head}; the campaign keeps the head this returns. */
  public static Head link(Head head, AuditEntry entry) {
    entry.chain(head.seq() + 1, head.hash());
    return new Head(head.seq() + 1, entry.getHash());
  }

  /** Walks the entries in their order and compares them with the head the campaign keeps. */
  public static Check check(List<AuditEntry> chained, Head head) {
    String previous = START;
    long expected = 1;
    for (AuditEntry entry : chained) {
      if (!Objects.equals(entry.getSeq(), expected)
          || !previous.equals(entry.getPreviousHash())
          || !hash(entry).equals(entry.getHash())) {
        return new Check(chained.size(), expected);
      }
      previous = entry.getHash();
      expected++;
    }
    boolean headMatches = head.seq() == expected - 1 && head.hash().equals(previous);
    return new Check(chained.size(), headMatches ? null : expected);
  }

  static String hash(AuditEntry e) {
    StringBuilder text = new StringBuilder();
    for (Object part :
        new Object[] {
          e.getSeq(),
          e.getPreviousHash(),
          e.getCampaignId(),
          e.getSubjectCode(),
          e.getNodeCode(),
          e.getField(),
          e.getOldValue(),
          e.getNewValue(),
          e.getActor(),
          e.getAt() == null ? null : e.getAt().toEpochMilli(),
          e.getReason()
        }) {
      // Each part with its length, so that no two different entries read as the same text.
      String value = part == null ? null : part.toString();
      text.append(value == null ? -1 : value.length()).append(':').append(value).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e2) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e2);
    }
  }
}
