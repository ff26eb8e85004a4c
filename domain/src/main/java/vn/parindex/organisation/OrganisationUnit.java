package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import vn.parindex.shared.Text;

/** A department, district, commune, central agency or the province itself. */
@Entity
@Table(name = "org_unit")
public class OrganisationUnit implements Serializable {
  /** What a unit's code is made of: capitals without marks, digits and underscores. */
  public static final String CODE_PATTERN = "[A-Z0-9_]{1,30}";

  /** How long a unit's name may be, in either language. */
  public static final int NAME_LENGTH = 300;

  /** How long a place or a short name may be. */
  public static final int PLACE_LENGTH = 100;

  /** How long a report number's suffix may be ("BC-UBND"). */
  public static final int SUFFIX_LENGTH = 30;

  /** A report number's suffix: capitals and digits in parts joined by dashes ("BC-UBND"). */
  public static final String SUFFIX_PATTERN = "[\\p{Lu}0-9]+(-[\\p{Lu}0-9]+)*";

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @Column(name = "name_vi", nullable = false, length = NAME_LENGTH)
  private String nameVi;

  @Column(name = "name_en", length = NAME_LENGTH)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UnitKind kind;

  @Column(nullable = false)
  private boolean active = true;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private OrganisationUnit parent;

  /** Code and names folded ({@link Text#fold}): what the unit list's search box looks in. */
  @Column(name = "search_text", length = 2 * NAME_LENGTH + 40)
  private String searchText;

  /** The Vietnamese name folded: the list sorts by it the same way on H2 and PostgreSQL. */
  @Column(name = "name_key", length = NAME_LENGTH)
  private String nameKey;

  /**
   * The kind's place in {@link UnitKind}'s order (the province first): the list sorts by it, as a
   * CASE in the query would make EclipseLink write every parameter into the SQL.
   */
  @Column(name = "kind_order")
  private Integer kindOrder;

  /**
   * For the PROVINCE unit, how it signs when its name does not say it ({@link IssuingBody}): the
   * place in the date line, the short name documents cite, the suffix of its report numbers.
   */
  @Column(name = "place_name", length = PLACE_LENGTH)
  private String placeName;

  @Column(name = "short_name", length = PLACE_LENGTH)
  private String shortName;

  @Column(name = "report_suffix", length = SUFFIX_LENGTH)
  private String reportSuffix;

  /** The day a recorded change of units created it; none for a unit older than the records. */
  @Column(name = "valid_from")
  private LocalDate validFrom;

  /** The day a recorded change of units ended it (merged away, split up, dissolved). */
  @Column(name = "retired_on")
  private LocalDate retiredOn;

  protected OrganisationUnit() {}

  public OrganisationUnit(String code, String nameVi, String nameEn, UnitKind kind) {
    this.code = Objects.requireNonNull(code);
    this.nameVi = Text.nfc(nameVi);
    this.nameEn = Text.nfc(nameEn);
    this.kind = Objects.requireNonNull(kind);
    refreshSearchText();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public UnitKind getKind() {
    return kind;
  }

  public boolean isActive() {
    return active;
  }

  public String getPlaceName() {
    return placeName;
  }

  public String getShortName() {
    return shortName;
  }

  public String getReportSuffix() {
    return reportSuffix;
  }

  /** How the province signs, where its name does not say it; blank entries are derived again. */
  public void describeIssuer(String placeName, String shortName, String reportSuffix) {
    this.placeName = Text.nfc(placeName);
    this.shortName = Text.nfc(shortName);
    this.reportSuffix = Text.nfc(reportSuffix);
  }

  public OrganisationUnit getParent() {
    return parent;
  }

  public void setParent(OrganisationUnit parent) {
    this.parent = parent;
  }

  /** Changes what a unit is called and where it sits; the code is its identity and stays. */
  public void edit(String nameVi, String nameEn, UnitKind kind, OrganisationUnit parent) {
    this.nameVi = Text.nfc(nameVi);
    this.nameEn = Text.nfc(nameEn);
    this.kind = Objects.requireNonNull(kind);
    this.parent = parent;
    refreshSearchText();
  }

  /**
   * Folds the code and names again into what the list searches and sorts by (with the kind's
   * place); rows stored before these columns existed get theirs at the first start.
   */
  public final void refreshSearchText() {
    searchText = Text.fold(code + " " + nameVi + " " + Objects.toString(nameEn, ""));
    nameKey = Text.fold(nameVi);
    kindOrder = kind.ordinal();
  }

  /**
   * Takes the unit out of new campaigns. It is never deleted: past campaigns, scores and accounts
   * still name it (the district level, abolished on 1/7/2025, is the case in point).
   */
  public void retire() {
    active = false;
  }

  /** Retires the unit as from the day a recorded change ended it. */
  public void retire(LocalDate on) {
    active = false;
    retiredOn = on;
  }

  public void reactivate() {
    active = true;
    retiredOn = null;
  }

  /** Marks the unit as created by a recorded change taking effect that day. */
  public void establish(LocalDate on) {
    validFrom = on;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getRetiredOn() {
    return retiredOn;
  }

  /** Whether {@code candidate} is this unit or sits somewhere below it. */
  public boolean isAncestorOf(OrganisationUnit candidate) {
    for (OrganisationUnit u = candidate; u != null; u = u.parent) {
      if (u == this || (id != null && id.equals(u.id))) {
        return true;
      }
    }
    return false;
  }

  /** The name to show in the given language; units without an English name show the Vietnamese. */
  public String name(String language) {
    return "en".equals(language) && nameEn != null ? nameEn : nameVi;
  }
}
