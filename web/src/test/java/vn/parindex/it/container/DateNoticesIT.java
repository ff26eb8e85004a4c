package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.account.AccountService;
import vn.parindex.account.NewAccount;
import vn.parindex.campaign.AssignmentRow;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phases;
import vn.parindex.framework.DemoFramework;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkService;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.notice.DateNotices;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeKind;
import vn.parindex.notice.NoticeRepository;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Mailer;

/**
 * The daily run's notices of dates, on H2 and on PostgreSQL: a unit's officer is told of the dates
 * of the next three days (not of a date ten days away), once however often the run comes, and the
 * notice keeps why no mail went out.
 */
@ContainerTest
class DateNoticesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(DateNoticesIT.class, AsAdmin.class, Storage.class);
  }

  @Inject CampaignService campaigns;
  @Inject FrameworkService frameworks;
  @Inject AccountService accounts;
  @Inject DateNotices dates;
  @Inject NoticeRepository notices;
  @Inject AsAdmin asAdmin;
  @Inject Storage storage;

  /** A refusal names its violations, so that a failing set-up says what it got wrong. */
  private <T> T admin(java.util.concurrent.Callable<T> work) throws Exception {
    try {
      return asAdmin.call(work);
    } catch (InvalidInputException e) {
      throw new AssertionError(e.violations().toString(), e);
    }
  }

  @Test
  void theDatesOfTheNextThreeDaysAreToldOncePerPerson() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    long id = aCampaignLedBySoTuPhap(today);
    admin(
        () ->
            accounts.create(
                new NewAccount(
                    "tb.ngay", "Đào Thị Ngày", null, "STP", List.of("UNIT_OFFICER"), null)));

    assertEquals(2, (int) admin(() -> dates.tell(id, today)), "opens today, closes in 2");
    assertEquals(0, (int) admin(() -> dates.tell(id, today)), "told once");

    List<Notice> told = storage.inTransaction(em -> notices.of("tb.ngay", 10));
    assertEquals(2, told.size());
    assertEquals(
        List.of(NoticeKind.PHASE_SOON, NoticeKind.PHASE_SOON),
        told.stream().map(Notice::getKind).toList());
    assertEquals(Mailer.NO_ADDRESS, told.get(0).getMailFailure(), "the account has no address");
    assertEquals(2L, (long) storage.inTransaction(em -> notices.unread("tb.ngay")));
  }

  /** The sample framework, every field led by Sở Tư pháp, self-assessment opening today. */
  private long aCampaignLedBySoTuPhap(LocalDate today) throws Exception {
    long sample =
        admin(frameworks::list).stream()
            .filter(f -> f.getCode().equals(DemoFramework.CODE))
            .findFirst()
            .orElseThrow()
            .getId();
    Campaign created =
        admin(
            () ->
                campaigns.create(
                    new NewCampaign(
                        "Thông báo các mốc — thử",
                        2022,
                        sample,
                        "PROVINCIAL",
                        null,
                        new Phases(
                            null,
                            today,
                            today.plusDays(2),
                            null,
                            today.plusDays(10),
                            null,
                            null,
                            null),
                        null)));
    List<String> fields =
        admin(
            () ->
                frameworks.get(sample).getNodes().stream()
                    .filter(n -> n.getParentCode() == null)
                    .map(FrameworkNode::getCode)
                    .toList());
    List<AssignmentRow> rows =
        fields.stream().map(f -> new AssignmentRow(1, f, "STP", List.of(), List.of())).toList();
    admin(() -> campaigns.importAssignments(created.getId(), rows));
    return created.getId();
  }
}
