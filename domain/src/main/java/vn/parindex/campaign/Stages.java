package vn.parindex.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.parindex.shared.ConflictException;

/**
 * Where a campaign stands and which steps may follow. Both kinds self-assess, are appraised in a
 * first round and explain what it cut. An INTERNAL campaign is appraised again by the province's
 * appraisers, finalised by the council and published; a PROVINCIAL one sends its explanation to the
 * Ministry, whose final points are its second round, and closes.
 */
@Embeddable
public class Stages implements Serializable {
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CampaignStatus status = CampaignStatus.DRAFT;

  /** 0 before appraisal, then 1 or 2: the round appraisers are scoring or last scored. */
  @Column(name = "appraisal_round", nullable = false)
  private int appraisalRound;

  /**
   * The subjects reopened to correct published results (INTERNAL): only they may be appraised again
   * until the corrected version is published. Empty otherwise.
   */
  @ElementCollection
  @CollectionTable(name = "campaign_correction", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "unit_code", length = 30)
  private Set<String> correcting = new HashSet<>();

  void open() {
    status = CampaignStatus.OPEN;
  }

  /**
   * The next appraisal round: from self-assessment into round 1, or (INTERNAL) from the explanation
   * window into round 2. Any other state refuses it.
   */
  void startAppraisalRound(CampaignKind kind) {
    if (status == CampaignStatus.OPEN) {
      appraisalRound = 1;
    } else if (kind == CampaignKind.INTERNAL && explaining()) {
      appraisalRound = 2;
    } else {
      throw refusal(CampaignStatus.APPRAISAL);
    }
    status = CampaignStatus.APPRAISAL;
  }

  /** After round 1, the units answer what the appraisers (or the Ministry) cut or asked. */
  void openExplanationWindow() {
    // A correction scores the reopened subjects again in the last round; it asks nobody to explain.
    if (status != CampaignStatus.APPRAISAL || appraisalRound != 1 || !correcting.isEmpty()) {
      throw refusal(CampaignStatus.EXPLANATION);
    }
    status = CampaignStatus.EXPLANATION;
  }

  /**
   * The province's explanation goes to the Ministry (PROVINCIAL): the Ministry's final points are
   * round 2.
   */
  void sendToMinistry(CampaignKind kind) {
    if (kind != CampaignKind.PROVINCIAL || !explaining()) {
      throw refusal(CampaignStatus.APPRAISAL);
    }
    appraisalRound = 2;
    status = CampaignStatus.APPRAISAL;
  }

  /** The council approves the appraisal (INTERNAL): every score is locked from now on. */
  void finalise(CampaignKind kind) {
    if (kind != CampaignKind.INTERNAL || status != CampaignStatus.APPRAISAL) {
      throw refusal(CampaignStatus.FINALISED);
    }
    status = CampaignStatus.FINALISED;
  }

  /** The results go out; a correction publishes again, so a published campaign may publish. */
  void publish(CampaignKind kind) {
    boolean finalised = status == CampaignStatus.FINALISED || status == CampaignStatus.PUBLISHED;
    if (kind != CampaignKind.INTERNAL || !finalised) {
      throw refusal(CampaignStatus.PUBLISHED);
    }
    status = CampaignStatus.PUBLISHED;
    correcting.clear();
  }

  /**
   * A correction of published results (INTERNAL): the appraisers score these subjects again in the
   * last round, then the council finalises and a new version is published.
   */
  void reopenForCorrection(CampaignKind kind, Collection<String> subjects) {
    if (kind != CampaignKind.INTERNAL || status != CampaignStatus.PUBLISHED) {
      throw refusal(CampaignStatus.APPRAISAL);
    }
    correcting = new HashSet<>(subjects);
    status = CampaignStatus.APPRAISAL;
  }

  /** The Ministry's final points are in (PROVINCIAL): the year's exercise is over. */
  void close(CampaignKind kind) {
    if (kind != CampaignKind.PROVINCIAL
        || status != CampaignStatus.APPRAISAL
        || appraisalRound != 2) {
      throw refusal(CampaignStatus.CLOSED);
    }
    status = CampaignStatus.CLOSED;
  }

  private boolean explaining() {
    return status == CampaignStatus.EXPLANATION && appraisalRound == 1;
  }

  private ConflictException refusal(CampaignStatus to) {
    return new ConflictException("campaign.transition", status.name(), to.name());
  }

  CampaignStatus status() {
    return status;
  }

  int appraisalRound() {
    return appraisalRound;
  }

  Set<String> correcting() {
    return Set.copyOf(correcting);
  }
}
