package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentRepository;
import vn.parindex.assessment.AuditChain;
import vn.parindex.assessment.AuditEntry;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.Reminder;
import vn.parindex.assessment.ReminderReason;
import vn.parindex.assessment.ReminderRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phases;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.framework.DemoFramework;
import vn.parindex.framework.FrameworkService;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.persistence.database.ConfiguredDataSource;
import vn.parindex.persistence.evidence.FileEvidenceStore;
import vn.parindex.shared.FileTooLargeException;

/**
 * The V4 tables and the evidence directory, on H2 and on PostgreSQL: a leaf's score is stored once
 * per subject and node, the audit trail comes back in order and (on PostgreSQL) refuses to be
 * changed, and evidence files are kept once per content with nothing left of a refused upload.
 */
@ContainerTest
class SelfAssessmentStorageIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(SelfAssessmentStorageIT.class, AsAdmin.class, Storage.class);
  }

  @Inject CampaignService campaigns;
  @Inject CampaignRepository campaignRepository;
  @Inject FrameworkService frameworks;
  @Inject AssessmentRepository assessments;
  @Inject ReminderRepository reminders;
  @Inject EvidenceStore store;
  @Inject AsAdmin asAdmin;
  @Inject Storage storage;

  private long openCampaign() throws Exception {
    long sample =
        asAdmin.call(frameworks::list).stream()
            .filter(f -> f.getCode().equals(DemoFramework.CODE))
            .findFirst()
            .orElseThrow()
            .getId();
    Campaign created =
        asAdmin.call(
            () ->
                campaigns.create(
                    new NewCampaign(
                        "Lưu trữ tự đánh giá — thử",
                        2022,
                        sample,
                        "PROVINCIAL",
                        null,
                        new Phases(
                            null, LocalDate.of(2022, 12, 8), null, null, null, null, null, null),
                        null)));
    return created.getId();
  }

  /** On PostgreSQL the table's trigger refuses to change or remove a row. */
  private void assertAppendOnly(String table, String change) {
    if (onPostgresql()) {
      assertThrows(
          EJBException.class,
          () ->
              storage.inTransaction(
                  em ->
                      em.createNativeQuery("update " + table + " set " + change).executeUpdate()));
      assertThrows(
          EJBException.class,
          () ->
              storage.inTransaction(
                  em -> em.createNativeQuery("delete from " + table).executeUpdate()));
    }
  }

  private static boolean onPostgresql() {
    return ConfiguredDataSource.configuredUrl(
            ConfigProvider.getConfig(SelfAssessmentStorageIT.class.getClassLoader()))
        .startsWith("jdbc:postgresql:");
  }

  @Test
  void aScoreIsOnePerLeafAndTheTrailOnlyGrows() throws Exception {
    long id = openCampaign();
    Instant at = Instant.parse("2022-12-20T03:00:00Z");
    storage.inTransaction(
        em -> {
          Campaign campaign = campaignRepository.find(id).orElseThrow();
          assessments.add(new LeafScore(campaign, campaign.getSubjects().get(0), "8.1"));
          assessments.append(
              new AuditEntry(id, "UBND", "8.1", "selfScore", null, "3.65", "vp.daumoi", at, null));
          assessments.append(
              new AuditEntry(
                  id,
                  "UBND",
                  "8.1",
                  "selfScore",
                  "3.65",
                  "3.7",
                  "vp.daumoi",
                  at.plusSeconds(5),
                  "Số liệu mới"));
          return null;
        });
    List<AuditEntry> trail = storage.inTransaction(em -> assessments.trail(id, "UBND", "8.1"));
    assertEquals(List.of("3.65", "3.7"), trail.stream().map(AuditEntry::getNewValue).toList());
    assertEquals("Số liệu mới", trail.get(1).getReason());
    assertTrue(storage.inTransaction(em -> assessments.findScore(id, "UBND", "8.1")).isPresent());

    assertThrows(
        EJBException.class,
        () ->
            storage.inTransaction(
                em -> {
                  Campaign campaign = campaignRepository.find(id).orElseThrow();
                  assessments.add(new LeafScore(campaign, campaign.getSubjects().get(0), "8.1"));
                  return null;
                }),
        "one score per subject and leaf");

    assertAppendOnly("audit_entry", "new_value = '4'");
    assertEquals(
        List.of("3.65", "3.7"),
        storage.inTransaction(em -> assessments.trail(id, "UBND", "8.1")).stream()
            .map(AuditEntry::getNewValue)
            .toList());
  }

  @Test
  void aChangeMadePastTheApplicationIsFoundByTheChain() throws Exception {
    long id = openCampaign();
    Instant at = Instant.parse("2022-12-20T03:00:00.123456Z");
    storage.inTransaction(
        em -> {
          for (String value : new String[] {"1", "2", "3"}) {
            assessments.append(
                new AuditEntry(id, "UBND", "1.6", "selfScore", null, value, "vp.daumoi", at, null));
          }
          return null;
        });
    assertEquals(new AuditChain.Check(3, null), chainCheck(id), "read back as written");
    String tamper =
        "update audit_entry set new_value = '9' where campaign_id = " + id + " and seq = 2";
    if (onPostgresql()) {
      // The application's role can neither empty the trail nor switch its guard off ...
      for (String attempt :
          List.of(
              "truncate audit_entry",
              "alter table audit_entry disable trigger audit_entry_append_only")) {
        assertThrows(
            EJBException.class,
            () -> storage.inTransaction(em -> em.createNativeQuery(attempt).executeUpdate()),
            attempt);
      }
      // ... so the one who can is the schema's owner, and even then the chain tells.
      try (Connection owner =
              DriverManager.getConnection(
                  System.getenv("DB_URL"),
                  System.getenv("DB_OWNER_USER"),
                  System.getenv("DB_OWNER_PASSWORD"));
          Statement statement = owner.createStatement()) {
        statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
        statement.execute(tamper);
        statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
      }
    } else {
      storage.inTransaction(em -> em.createNativeQuery(tamper).executeUpdate());
    }
    assertEquals(new AuditChain.Check(3, 2L), chainCheck(id), "found at the entry changed");
  }

  private AuditChain.Check chainCheck(long id) {
    return storage.inTransaction(
        em -> AuditChain.check(assessments.chain(id), assessments.auditHead(id)));
  }

  @Test
  void remindersAreKeptAsSentAndNeverChanged() throws Exception {
    long id = openCampaign();
    Instant at = Instant.parse("2022-12-06T00:30:00Z");
    storage.inTransaction(
        em -> {
          reminders.add(
              new Reminder(
                  campaignRepository.find(id).orElseThrow(),
                  "STP",
                  EnumSet.of(ReminderReason.SUBMISSION, ReminderReason.NOMINATION),
                  List.of("lanhdao.stp@hatinh.gov.vn", "tp.daumoi@hatinh.gov.vn"),
                  at,
                  Reminder.DAILY));
          return null;
        });
    List<Reminder> kept = storage.inTransaction(em -> reminders.reminders(id));
    assertEquals(1, kept.size());
    assertEquals(
        EnumSet.of(ReminderReason.NOMINATION, ReminderReason.SUBMISSION), kept.get(0).getReasons());
    assertEquals("lanhdao.stp@hatinh.gov.vn, tp.daumoi@hatinh.gov.vn", kept.get(0).getRecipients());
    assertEquals("hệ thống (hằng ngày)", kept.get(0).getSentBy());
    assertEquals(at, kept.get(0).getSentAt());
    assertAppendOnly("reminder", "delivered = true");
  }

  @Test
  void evidenceFilesAreKeptOncePerContentAndRefusedOnesLeaveNothing() throws IOException {
    byte[] content = "%PDF-1.4\n% Báo cáo\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    EvidenceStore.Received first = store.receive(new ByteArrayInputStream(content));
    store.keep(first);
    EvidenceStore.Received second = store.receive(new ByteArrayInputStream(content));
    store.keep(second);
    assertEquals(first.sha256(), second.sha256());
    Path root =
        Path.of(
                ConfigProvider.getConfig(getClass().getClassLoader())
                    .getOptionalValue(FileEvidenceStore.DIR_KEY, String.class)
                    .orElse(
                        ConfigProvider.getConfig(getClass().getClassLoader())
                                .getOptionalValue("parindex.data.dir", String.class)
                                .orElse("data")
                            + "/evidence"))
            .toAbsolutePath();
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(
          1,
          files.filter(p -> p.getFileName().toString().equals(first.sha256())).count(),
          "the same content is stored once");
    }
    try (InputStream in = store.open(first.sha256())) {
      assertEquals(
          new String(content, StandardCharsets.UTF_8),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
          }
        };
    assertThrows(FileTooLargeException.class, () -> store.receive(endless));
    try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
      assertFalse(incoming.findAny().isPresent(), "nothing left of the refused upload");
    }
  }
}
