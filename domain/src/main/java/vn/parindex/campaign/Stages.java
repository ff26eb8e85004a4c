package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.parindex.shared.ConflictException;

/**
 * Where a campaign stands and which steps may follow. Both kinds self-assess, are appraised in a
 * first round and explain what it cut. An INTERNAL campaign is appraised again by the province's
 * appraisers, finalised by the council and published; a PROVINCIAL one sends its explanation to the
 * Ministry, whose final points are its second round, and closes.
 */
@Embeddable
public class Stages {
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CampaignStatus status = CampaignStatus.DRAFT;

  /** 0 before appraisal, then 1 or 2: the round appraisers are scoring or last scored. */
  @Column(name = "appraisal_round", nullable = false)
  private int appraisalRound;

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
    if (status != CampaignStatus.APPRAISAL || appraisalRound != 1) {
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
}
