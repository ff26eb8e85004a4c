package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.account.Account;
import vn.parindex.account.AccountService;
import vn.parindex.account.NewAccount;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

/**
 * The unit and account lists read by the database a page at a time, on H2 and on PostgreSQL alike:
 * 4,000 communes are searched without tone marks, sorted both ways and paged to the last row; the
 * accounts are found by a unit's code or a name typed without marks.
 */
@ContainerTest
class LongListsIT {
  private static final int COMMUNES = 4000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(LongListsIT.class, AsAdmin.class);
  }

  @Inject UnitDirectory units;
  @Inject AccountService accounts;
  @Inject AsAdmin asAdmin;

  @Test
  void fourThousandUnitsAreSearchedSortedAndPagedByTheDatabase() throws Exception {
    StringBuilder csv = new StringBuilder("code,name_vi,name_en,kind\n");
    for (int i = 1; i <= COMMUNES; i++) {
      csv.append(String.format("XA_DS_%04d,Xã Đồng Sơn %04d,,COMMUNE%n", i, i));
    }
    asAdmin.call(() -> units.importCsv(new StringReader(csv.toString())));

    ResultPage<OrganisationUnit> one = page("dong son 3999", null, false, 0);
    assertEquals(1, one.total());
    assertEquals("XA_DS_3999", one.rows().get(0).getCode());

    ResultPage<OrganisationUnit> last = page("Đồng Sơn", "code", true, 0);
    assertEquals(COMMUNES, last.total());
    assertEquals(25, last.rows().size());
    assertEquals("XA_DS_4000", last.rows().get(0).getCode());
    assertEquals("XA_DS_3976", last.rows().get(24).getCode());

    ResultPage<OrganisationUnit> end = page("dong son", "name", false, COMMUNES - 10);
    assertEquals(10, end.rows().size(), "the last page holds what is left");
    assertEquals("Xã Đồng Sơn 4000", end.rows().get(9).getNameVi());

    ResultPage<OrganisationUnit> province = page(null, null, false, 0);
    assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", province.rows().get(0).getNameVi());
    assertTrue(province.total() >= COMMUNES + 39, "every active unit is counted");

    assertEquals(0, page("100%", null, false, 0).total(), "a typed % is a letter, not a wildcard");
    assertEquals(COMMUNES, page("dong\u0000son", null, false, 0).total(), "a NUL is a space");
  }

  @Test
  void accountsAreFoundByNameWithoutMarksAndByUnit() throws Exception {
    asAdmin.call(
        () ->
            accounts.create(
                new NewAccount(
                    "tim.stp", "Nguyễn Thị Tìm Kiếm", null, "STP", List.of("UNIT_OFFICER"), null)));
    asAdmin.call(
        () ->
            accounts.create(
                new NewAccount(
                    "tim.syt",
                    "Ánh Tìm Kiếm",
                    "anh@syt.example",
                    "SYT",
                    List.of("UNIT_OFFICER"),
                    null)));

    ResultPage<Account> byName =
        asAdmin.call(() -> accounts.page(new PageRequest(0, 25, "tim kiem", "fullName", false)));
    assertEquals(
        List.of("tim.syt", "tim.stp"),
        byName.rows().stream().map(Account::getUsername).toList(),
        "Ánh before Nguyễn, whatever the database's collation");

    ResultPage<Account> byUnit =
        asAdmin.call(() -> accounts.page(new PageRequest(0, 25, "tim syt", null, false)));
    assertEquals(1, byUnit.total());
    assertEquals("anh@syt.example", byUnit.rows().get(0).getEmail());
  }

  private ResultPage<OrganisationUnit> page(String words, String sort, boolean desc, int first)
      throws Exception {
    return asAdmin.call(() -> units.page(new PageRequest(first, 25, words, sort, desc), false));
  }
}
