package vn.parindex.campaign;

/**
 * PROVINCIAL: the province scores itself for the Ministry's index, its leaves split among lead
 * units. INTERNAL: the province scores its own units, each subject scoring its own assessment.
 */
public enum CampaignKind {
  PROVINCIAL,
  INTERNAL
}
