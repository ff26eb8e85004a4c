package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.account.AccountService;
import vn.parindex.account.IssuedAccount;
import vn.parindex.account.LoginResult;
import vn.parindex.account.NewAccount;
import vn.parindex.account.Role;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;

/**
 * Accounts and units through the real services, JPA and migrations, on H2 or on PostgreSQL
 * (failsafe runs this class once per database).
 */
@ContainerTest
class AccountsIT {
  private static final String VIETNAMESE = "Trần Thủy — Cộng hòa, Thế Hữu, đạt Đức";

  /** The codes of the 39 units the first start seeds from the Hà Tĩnh list of 2022. */
  private static final Set<String> SEEDED = seededCodes();

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(AccountsIT.class, AsAdmin.class);
  }

  @Inject AccountService accounts;
  @Inject UnitDirectory units;
  @Inject AsAdmin asAdmin;

  @Resource(lookup = "java:app/jdbc/parindex")
  DataSource dataSource;

  @Test
  void runsOnTheDatabaseThisExecutionIsFor() throws Exception {
    // The server process inherits the environment that failsafe gives each execution.
    String expected = System.getenv("DB_URL") == null ? "H2" : "PostgreSQL";
    try (Connection c = dataSource.getConnection()) {
      assertEquals(expected, c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void migrationsCreatedTheSchemaAndTheFirstStartSeeded() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"
                    + " order by \"installed_rank\"")) {
      assertTrue(rs.next());
      assertEquals("1", rs.getString(1));
    }
    // Other classes of this run add units to the same database: the seeded 39 are looked for.
    List<OrganisationUnit> all = asAdmin.call(units::list);
    assertEquals(39, all.stream().filter(u -> SEEDED.contains(u.getCode())).count());
    assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", all.get(0).getNameVi());
    assertEquals(
        1,
        asAdmin.call(accounts::list).stream().filter(a -> a.getUsername().equals("admin")).count());
  }

  @Test
  void vietnameseTextRoundTripsThroughTheDatabase() throws Exception {
    IssuedAccount issued =
        asAdmin.call(
            () ->
                accounts.create(
                    new NewAccount(
                        "roundtrip", VIETNAMESE, null, "STP", List.of("UNIT_OFFICER"), null)));
    assertNotNull(issued.oneTimePassword());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select full_name from account where username = 'roundtrip'")) {
      assertTrue(rs.next());
      assertEquals(VIETNAMESE, rs.getString(1));
    }
    assertEquals(
        VIETNAMESE,
        asAdmin.call(accounts::list).stream()
            .filter(a -> a.getUsername().equals("roundtrip"))
            .findFirst()
            .orElseThrow()
            .getFullName());
  }

  @Test
  void fiveWrongPasswordsLockEvenTheRightOne() throws Exception {
    asAdmin.call(
        () ->
            accounts.create(
                new NewAccount(
                    "locktest", "Lê Văn Khóa", null, "SNV", List.of("VIEWER"), "DungMatKhau2022")));
    for (int i = 1; i <= 4; i++) {
      assertEquals(
          LoginResult.Status.INVALID, accounts.authenticate("locktest", "sai" + i).status());
    }
    LoginResult fifth = accounts.authenticate("locktest", "sai5");
    assertEquals(LoginResult.Status.LOCKED, fifth.status());
    assertNotNull(fifth.lockedUntil());
    assertEquals(
        LoginResult.Status.LOCKED, accounts.authenticate("locktest", "DungMatKhau2022").status());
  }

  @Test
  void rightPasswordLogsInAndReportsTheRoles() throws Exception {
    asAdmin.call(
        () ->
            accounts.create(
                new NewAccount(
                    "dangnhap",
                    "Trần Đăng Nhập",
                    null,
                    "VPUBND",
                    List.of("UNIT_LEADER"),
                    "VaoDuoc2022")));
    LoginResult result = accounts.authenticate("dangnhap", "VaoDuoc2022");
    assertEquals(LoginResult.Status.SUCCESS, result.status());
    assertEquals(Set.of(Role.UNIT_LEADER), result.roles());
    assertTrue(result.mustChangePassword());
    assertEquals(LoginResult.Status.INVALID, accounts.authenticate("khongco", "x").status());
  }

  @Test
  void badAccountsAreRefusedWithEveryProblemAndNothingSaved() throws Exception {
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () ->
                asAdmin.call(
                    () ->
                        accounts.create(
                            new NewAccount(
                                "Bad Name",
                                " ",
                                "not-an-email",
                                "XYZ",
                                List.of("KING"),
                                "short"))));
    assertEquals(
        List.of("username", "roles", "fullName", "email", "unitCode", "password"),
        invalid.violations().stream().map(v -> v.field()).toList());
    assertFalse(
        asAdmin.call(accounts::list).stream().anyMatch(a -> a.getUsername().equals("Bad Name")));

    asAdmin.call(
        () ->
            accounts.create(
                new NewAccount("trung", "Người Trùng", null, null, List.of("VIEWER"), null)));
    assertThrows(
        ConflictException.class,
        () ->
            asAdmin.call(
                () ->
                    accounts.create(
                        new NewAccount(
                            "trung", "Người Khác", null, null, List.of("VIEWER"), null))));
  }

  @Test
  void onlyAnAdminMayOpenAccounts() {
    assertThrows(EJBAccessException.class, () -> accounts.list());
  }

  private static Set<String> seededCodes() {
    try (var in = UnitDirectory.class.getResourceAsStream("units-hatinh-2022.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .map(line -> line.substring(0, line.indexOf(',')))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
