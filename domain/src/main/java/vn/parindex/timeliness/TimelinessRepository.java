package vn.parindex.timeliness;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.campaign.Campaign;

/** Reads what the record of timeliness is made of, and keeps the campaigns' rules for it. */
public interface TimelinessRepository {
  /** The campaigns of a year that have been opened, oldest first. */
  List<Campaign> openedCampaigns(int year);

  /** When each unit first sent its self-assessment in the campaign. */
  Map<String, Instant> firstSent(long campaignId);

  /** Each time a unit's work was sent back by Sở Nội vụ or an appraiser, whole or one leaf. */
  List<CampaignFacts.Event> returns(long campaignId);

  Optional<TimelinessRules> rules(long campaignId);

  void add(TimelinessRules rules);
}
