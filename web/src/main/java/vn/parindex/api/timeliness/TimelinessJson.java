package vn.parindex.api.timeliness;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.parindex.timeliness.Deduction;
import vn.parindex.timeliness.Lapse;
import vn.parindex.timeliness.LapseKind;
import vn.parindex.timeliness.TimelinessDeductions;
import vn.parindex.timeliness.TimelinessRecord;
import vn.parindex.timeliness.TimelinessRules;

/** The record of timeliness as the API shows it. */
public final class TimelinessJson {
  private TimelinessJson() {}

  /** A unit's line of the year's table. */
  public record RowJson(
      String unitCode, String name, String leader, Map<LapseKind, Integer> counts, int total) {
    static RowJson of(TimelinessRecord.Row row) {
      Map<LapseKind, Integer> counts = new EnumMap<>(LapseKind.class);
      for (LapseKind kind : LapseKind.values()) {
        counts.put(kind, row.count(kind));
      }
      return new RowJson(row.unitCode(), row.name(), row.leader(), counts, row.total());
    }
  }

  /** A unit's record of a year. */
  public record UnitRecordJson(
      String unitCode, String name, int year, List<String> predecessors, List<Lapse> lapses) {
    static UnitRecordJson of(TimelinessRecord.UnitRecord r) {
      return new UnitRecordJson(r.unitCode(), r.name(), r.year(), r.predecessors(), r.lapses());
    }
  }

  /** A campaign's rules: points per kind of lapse and the cap. */
  public record RulesJson(Map<LapseKind, BigDecimal> points, BigDecimal cap, Long version) {
    static RulesJson of(TimelinessRules rules) {
      return new RulesJson(rules.points(), rules.getCap(), rules.getVersion());
    }
  }

  /** A subject's deduction with its arithmetic and the lapses counted. */
  public record DeductionJson(
      String unitCode,
      String name,
      BigDecimal total,
      BigDecimal cap,
      BigDecimal applied,
      String arithmetic,
      List<Lapse> lapses,
      BigDecimal inResults) {
    static DeductionJson of(TimelinessDeductions.SubjectDeduction d) {
      Deduction deduction = d.deduction();
      return new DeductionJson(
          d.unitCode(),
          d.name(),
          deduction.total(),
          deduction.cap(),
          deduction.applied(),
          deduction.arithmetic(),
          d.lapses(),
          d.inResults());
    }
  }
}
