package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.account.AccountService;
import vn.parindex.account.NewAccount;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitDraft;
import vn.parindex.reorganisation.RecordUnitEvent;
import vn.parindex.reorganisation.UnitEventDraft;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.reorganisation.WithdrawUnitEvent;

/**
 * The unit history as the database keeps it, on H2 or on PostgreSQL: a withdrawn event and the
 * former name it ended are marked, not removed, under the application's own database role; on
 * PostgreSQL nothing else of the record can be changed or removed, whoever asks.
 */
@ContainerTest
class UnitHistoryIT {
  private static final UnitEventDraft.Basis BASIS =
      new UnitEventDraft.Basis("12/QĐ-UBND", LocalDate.of(2025, 3, 20), "UBND tỉnh");

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(UnitHistoryIT.class, AsAdmin.class);
  }

  @Inject UnitDirectory units;
  @Inject RecordUnitEvent record;
  @Inject WithdrawUnitEvent withdrawal;
  @Inject UnitHistory history;
  @Inject AccountService accounts;
  @Inject AsAdmin asAdmin;

  @Resource(lookup = "java:app/jdbc/parindex")
  DataSource dataSource;

  private void unit(String code, String name) throws Exception {
    asAdmin.call(
        () ->
            units.create(
                new UnitDraft(code, name, null, "DEPARTMENT", null, null, null, null, null)));
  }

  /**
   * A merge into a new unit, withdrawn: the account it moved goes back (kept by the event in a
   * table the database guards), the merged unit is active again and the new one is removed.
   */
  @Test
  void aWithdrawnMergeMovesTheAccountBackAndRemovesTheUnitItCreated() throws Exception {
    unit("IT_WA", "Sở A (thử)");
    unit("IT_WB", "Sở B (thử)");
    asAdmin.call(
        () ->
            accounts.create(
                new NewAccount(
                    "it.wa", "Nguyễn Văn A", null, "IT_WA", List.of("UNIT_OFFICER"), null)));
    long merge =
        asAdmin
            .call(
                () ->
                    record.record(
                        new UnitEventDraft(
                            "MERGE",
                            List.of("IT_WA", "IT_WB"),
                            List.of("IT_WAB"),
                            LocalDate.of(2025, 3, 1),
                            Map.of("IT_WAB", new UnitEventDraft.Name("Sở A và B (thử)", null)),
                            BASIS)))
            .event()
            .getId();
    WithdrawUnitEvent.Withdrawn withdrawn =
        asAdmin.call(() -> withdrawal.withdraw(merge, "Nhầm đơn vị"));
    assertEquals("IT_WA", withdrawn.movedBack().get(0).getUnit().getCode());
    assertTrue(asAdmin.call(() -> history.of("IT_WA")).unit().isActive());
    assertTrue(asAdmin.call(() -> units.find("IT_WAB")).isEmpty(), "the unit it created is gone");
  }

  private long rename(String name) throws Exception {
    return asAdmin
        .call(
            () ->
                record.record(
                    new UnitEventDraft(
                        "RENAME",
                        List.of("IT_WR"),
                        List.of("IT_WR"),
                        LocalDate.of(2025, 4, 1),
                        Map.of("IT_WR", new UnitEventDraft.Name(name, null)),
                        BASIS)))
        .event()
        .getId();
  }

  @Test
  void aWithdrawnRenameStaysInTheRecordMarkedAndTheRecordCannotBeChangedOtherwise()
      throws Exception {
    unit("IT_WR", "Sở Nội vụ (thử)");
    long mistaken = rename("Sở Nội vu (thử)");
    asAdmin.call(() -> withdrawal.withdraw(mistaken, "Sai chính tả"));

    UnitHistory.History after = asAdmin.call(() -> history.of("IT_WR"));
    assertEquals("Sở Nội vụ (thử)", after.unit().getNameVi());
    assertEquals(1, after.names().size(), "the former name ended by the withdrawn event is gone");
    assertTrue(after.events().get(0).isWithdrawn());
    assertEquals("Sai chính tả", after.events().get(0).getWithdrawalReason());

    long corrected = rename("Sở Nội vụ và Lao động (thử)");
    UnitHistory.History renamed = asAdmin.call(() -> history.of("IT_WR"));
    assertEquals(2, renamed.events().size());
    assertEquals("Sở Nội vụ (thử)", renamed.names().get(0).nameVi());
    assertEquals(LocalDate.of(2025, 3, 31), renamed.names().get(0).until());

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
        return;
      }
      for (String change :
          List.of(
              "update unit_event set kind = 'MERGE' where id = " + mistaken,
              "update unit_event set withdrawal_reason = 'Lý do khác' where id = " + mistaken,
              "update unit_event set withdrawn_at = null, withdrawn_by = null,"
                  + " withdrawal_reason = null where id = "
                  + mistaken,
              "update unit_former_name set withdrawn = false where event_id = " + mistaken,
              "update unit_former_name set name_vi = 'Khác' where event_id = " + corrected,
              "delete from unit_former_name where event_id = " + corrected,
              "delete from unit_event_unit where event_id = " + corrected)) {
        assertThrows(SQLException.class, () -> s.executeUpdate(change), change);
      }
    }
  }
}
