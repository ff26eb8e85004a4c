package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

/** Stores campaigns with their rules and focal pairs; implemented in the persistence module. */
public interface CampaignRepository {
  Optional<Campaign> find(long id);

  List<Campaign> findAll();

  void add(Campaign campaign);

  Optional<ReportDraft> findDraft(long campaignId);

  void add(ReportDraft draft);
}
