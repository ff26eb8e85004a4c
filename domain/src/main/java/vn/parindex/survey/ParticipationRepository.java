package vn.parindex.survey;

import java.util.List;
import java.util.Optional;

/** Stores who must answer each campaign's survey and its round; implemented in persistence. */
public interface ParticipationRepository {
  /** The campaign's people, with their units, by unit code and then name. */
  List<SurveyRespondent> respondents(long campaignId);

  Optional<SurveyRespondent> respondent(long campaignId, long id);

  /**
   * Makes the caller's transaction the only one changing the campaign's list until it ends: two
   * loads of the same list at once would otherwise both add the people neither had found.
   */
  void lockLists(long campaignId);

  Optional<SurveyRound> round(long campaignId);

  void add(SurveyRespondent respondent);

  void add(SurveyRound round);

  void remove(SurveyRespondent respondent);
}
