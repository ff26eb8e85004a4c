package vn.parindex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture as a test, over the classes of every module (this module sees them all): the
 * module order web → reports → domain ← persistence, no cycles between capability packages, no
 * persistence in the pages, the API or the documents, and file formats and JSON only in the
 * domain's adapters.
 */
@AnalyzeClasses(packages = "vn.parindex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] OUTSIDE_DOMAIN = {
    "vn.parindex.web..", "vn.parindex.api..", "vn.parindex.reports..", "vn.parindex.persistence.."
  };

  /** Every package of the domain module but its adapters. */
  private static final String[] DOMAIN = {
    "vn.parindex.account..",
    "vn.parindex.agenda..",
    "vn.parindex.appraisal..",
    "vn.parindex.assessment..",
    "vn.parindex.campaign..",
    "vn.parindex.evidence..",
    "vn.parindex.framework..",
    "vn.parindex.organisation..",
    "vn.parindex.ranking..",
    "vn.parindex.shared.."
  };

  @ArchTest
  static final ArchRule domainDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OUTSIDE_DOMAIN);

  @ArchTest
  static final ArchRule reportsKnowOnlyTheDomain =
      noClasses()
          .that()
          .resideInAPackage("vn.parindex.reports..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.parindex.web..", "vn.parindex.api..", "vn.parindex.persistence..");

  @ArchTest
  static final ArchRule persistenceKnowsOnlyTheDomain =
      noClasses()
          .that()
          .resideInAPackage("vn.parindex.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("vn.parindex.web..", "vn.parindex.api..", "vn.parindex.reports..");

  @ArchTest
  static final ArchRule pagesApiAndDocumentsHoldNoPersistence =
      noClasses()
          .that()
          .resideInAnyPackage("vn.parindex.web..", "vn.parindex.api..", "vn.parindex.reports..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "vn.parindex.persistence..")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository");

  @ArchTest
  static final ArchRule fileFormatsAndJsonOnlyInAdapters =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .and()
          .resideOutsideOfPackage("..adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.poi..", "org.apache.tika..", "jakarta.json..");

  @ArchTest
  static final ArchRule noCyclesBetweenModulesOrCapabilities =
      slices().matching("vn.parindex.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCyclesBetweenPagePackages =
      slices().matching("vn.parindex.web.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCyclesBetweenApiPackages =
      slices().matching("vn.parindex.api.(*)..").should().beFreeOfCycles();
}
