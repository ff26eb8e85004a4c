package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.parindex.organisation.UnitKind;

/**
 * What identifies a framework apart from its tree: code, name, legal basis (number, date, issuer),
 * years of validity (toYear null while open-ended), target group and total points.
 */
public record FrameworkHeader(
    String code,
    String nameVi,
    String legalNumber,
    LocalDate legalDate,
    String legalIssuer,
    Integer fromYear,
    Integer toYear,
    UnitKind targetGroup,
    BigDecimal total) {}
