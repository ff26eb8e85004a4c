package vn.parindex.survey;

/** Where one person stands in the survey: asked to answer, or answered. */
public enum RespondentStatus {
  INVITED,
  ANSWERED;

  /** The key of its label in the bundles. */
  public String messageKey() {
    return "survey.status." + name();
  }
}
