package vn.parindex.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.parindex.campaign.Campaign;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitKind;

/** Who issues a campaign's documents: the documents print it and its signed copies must match. */
@ApplicationScoped
public class Issuers {
  @Inject UnitDirectory units;

  /**
   * The province the campaign assesses, or else the installation's active province unit; none
   * before a province unit exists.
   */
  public Optional<IssuingBody> of(Campaign campaign) {
    return campaign.getSubjects().stream()
        .filter(u -> u.getKind() == UnitKind.PROVINCE)
        .findFirst()
        .map(IssuingBody::of)
        .or(this::ofInstallation);
  }

  /** The installation's active province unit; none before one exists. */
  public Optional<IssuingBody> ofInstallation() {
    return units.province().map(IssuingBody::of);
  }
}
