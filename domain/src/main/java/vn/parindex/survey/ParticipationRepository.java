package vn.parindex.survey;

import java.util.List;
import java.util.Optional;

/** Stores who must answer each campaign's survey and its round; implemented in persistence. */
public interface ParticipationRepository {
  /** The campaign's people, with their units, by unit code and then name. */
  List<SurveyRespondent> respondents(long campaignId);

  Optional<SurveyRespondent> respondent(long campaignId, long id);

  Optional<SurveyRound> round(long campaignId);

  void add(SurveyRespondent respondent);

  void add(SurveyRound round);
}
