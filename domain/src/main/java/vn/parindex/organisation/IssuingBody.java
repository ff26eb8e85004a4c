package vn.parindex.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.parindex.shared.Text;

/**
 * The province as it signs its documents (Nghị định 30/2020): the issuing body's name in capitals
 * at the top left, the place in the date line, the short name a document cites ("của UBND tỉnh"),
 * and the suffix of its report numbers ("125/BC-UBND"). Everything comes from the PROVINCE unit: a
 * second province sets up its own unit and prints its own header.
 *
 * <p>The name "Ủy ban nhân dân tỉnh Quảng Trị" gives the rest when the unit does not say otherwise:
 * the header "ỦY BAN NHÂN DÂN" over "TỈNH QUẢNG TRỊ", the place "Quảng Trị", the short name "UBND
 * tỉnh"; a province that writes them differently enters them on the unit.
 */
public record IssuingBody(
    String name, List<String> headerLines, String place, String shortName, String reportSuffix) {
  /** The People's Committee, as every province's name begins. */
  static final String COMMITTEE = "Ủy ban nhân dân";

  /** A report of the People's Committee: "BC" for báo cáo, "UBND" for the committee. */
  public static final String REPORT_SUFFIX = "BC-UBND";

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final List<String> LEVELS = List.of("tỉnh", "thành phố");

  public IssuingBody {
    Objects.requireNonNull(name);
    headerLines = List.copyOf(headerLines);
  }

  /** The province unit's issuing body; what it leaves empty is read from its name. */
  public static IssuingBody of(OrganisationUnit province) {
    return of(
        province.getNameVi(),
        province.getPlaceName(),
        province.getShortName(),
        province.getReportSuffix());
  }

  /** The issuing body named {@code name}; a blank place, short name or suffix is derived. */
  public static IssuingBody of(String name, String place, String shortName, String reportSuffix) {
    String full = Objects.requireNonNull(Text.nfc(name), "name");
    String rest = afterCommittee(full);
    String level = rest == null ? null : level(rest);
    String derivedPlace =
        rest == null ? full : level == null ? rest : rest.substring(level.length()).strip();
    List<String> lines =
        rest == null ? List.of(upper(full)) : List.of(upper(COMMITTEE), upper(rest));
    return new IssuingBody(
        full,
        lines,
        orElse(place, derivedPlace),
        orElse(shortName, level == null ? full : "UBND " + level),
        orElse(reportSuffix, REPORT_SUFFIX));
  }

  /** "Quảng Trị, ngày 04 tháng 12 năm 2022"; dots for the day and month not yet known. */
  public String placeAndDate(LocalDate issuedOn, int year) {
    return issuedOn == null
        ? place + ", ngày … tháng … năm " + year
        : String.format(
            "%s, ngày %02d tháng %02d năm %d",
            place, issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear());
  }

  /**
   * A report's number as officials type it: "125/BC-UBND" stays so, a bare "125" gets the suffix,
   * none at all prints dots for the clerk to fill in.
   */
  public String reportNumber(String typed) {
    String number = Objects.toString(typed, "").strip();
    if (number.isEmpty()) {
      return "…/" + reportSuffix;
    }
    return number.contains("/") ? number : number + "/" + reportSuffix;
  }

  /** The committee's first line as the signature block names it: "TM. ỦY BAN NHÂN DÂN". */
  public String signingFor() {
    return "TM. " + headerLines.get(0);
  }

  private static String afterCommittee(String name) {
    if (name.length() > COMMITTEE.length()
        && name.regionMatches(true, 0, COMMITTEE, 0, COMMITTEE.length())
        && Character.isWhitespace(name.charAt(COMMITTEE.length()))) {
      return name.substring(COMMITTEE.length()).strip();
    }
    return null;
  }

  private static String level(String rest) {
    String lower = rest.toLowerCase(VIETNAMESE);
    return LEVELS.stream().filter(l -> lower.startsWith(l + " ")).findFirst().orElse(null);
  }

  private static String upper(String text) {
    return text.toUpperCase(VIETNAMESE);
  }

  private static String orElse(String entered, String derived) {
    String text = Text.nfc(entered);
    return text == null ? derived : text;
  }
}
