package vn.parindex.appraisal;

import java.util.List;

/** Stores survey points; implemented in the persistence module. */
public interface SurveyRepository {
  List<SurveyScore> scores(long campaignId);

  void add(SurveyScore score);
}
