package vn.parindex.campaign;

/** The stages of a campaign (đợt đánh giá), in order. */
public enum CampaignStatus {
  DRAFT,
  OPEN,
  APPRAISAL,
  EXPLANATION,
  FINALISED,
  PUBLISHED,
  /** A PROVINCIAL campaign whose final points the Ministry has given. */
  CLOSED
}
