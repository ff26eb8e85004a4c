package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One message of the thread between a unit and the coordinator about one leaf. */
@Entity
@Table(name = "leaf_comment")
public class LeafComment implements Serializable {
  @Id
  @SequenceGenerator(
      name = "leaf_comment_seq",
      sequenceName = "leaf_comment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leaf_comment_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "subject_code", nullable = false, length = 30)
  private String subjectCode;

  @Column(name = "node_code", nullable = false, length = 30)
  private String nodeCode;

  @Column(nullable = false, length = 50)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "message_text", nullable = false, length = 4000)
  private String text;

  protected LeafComment() {}

  public LeafComment(
      long campaignId,
      String subjectCode,
      String nodeCode,
      String author,
      Instant writtenAt,
      String text) {
    this.campaignId = campaignId;
    this.subjectCode = subjectCode;
    this.nodeCode = nodeCode;
    this.author = author;
    this.writtenAt = writtenAt;
    this.text = text;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getText() {
    return text;
  }
}
