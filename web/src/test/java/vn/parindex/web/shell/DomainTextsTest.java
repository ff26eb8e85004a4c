package vn.parindex.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.ReminderLetter;
import vn.parindex.assessment.ReminderReason;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.campaign.Phases;
import vn.parindex.framework.RuleType;
import vn.parindex.framework.ScoringRule;
import vn.parindex.shared.Letter;
import vn.parindex.shared.MessageKey;

/**
 * What the domain names as messages, read in each language through the bundles: the rule
 * explanations the leaf dialog shows and the reminder e-mail, word for word.
 */
class DomainTextsTest {
  private static final Locale VI = Messages.VIETNAMESE;
  private static final Locale EN = Locale.ENGLISH;
  private final Messages messages = new Messages();

  private String text(Locale locale, MessageKey key) {
    return messages.get(locale, key);
  }

  private String explained(Locale locale, RuleType type, String params, String input, String max) {
    return text(
        locale,
        ScoringRule.parse(type, params)
            .suggest(new BigDecimal(input), new BigDecimal(max))
            .explanation());
  }

  @Test
  void ruleExplanationsInVietnamese() {
    assertEquals(
        "Điểm chấm trực tiếp: 1,25/2 điểm",
        explained(VI, RuleType.MANUAL, "step=0.25", "1.25", "2"));
    assertEquals("Đạt → 1,5 điểm", explained(VI, RuleType.BINARY, "", "1", "1.5"));
    assertEquals("Không đạt → 0 điểm", explained(VI, RuleType.BINARY, "", "0", "1.5"));
    assertEquals(
        "91,17% × 10 = 9,12 điểm", explained(VI, RuleType.PROPORTIONAL, "", "91.17", "10"));
    assertEquals(
        "85% ≥ 80% → 0,5 × 2 = 1 điểm", explained(VI, RuleType.BANDS, "100:1;80:0.5", "85", "2"));
    assertEquals(
        "79,99% < 80% → 0 điểm", explained(VI, RuleType.BANDS, "100:1;80:0.5", "79.99", "2"));
    assertEquals(
        "1,5 − 3 × 0,25 = 0,75 điểm", explained(VI, RuleType.DEDUCTION, "per=0.25", "3", "1.5"));
    assertEquals(
        "1,5 − 10 × 0,25 < 0 → 0 điểm", explained(VI, RuleType.DEDUCTION, "per=0.25", "10", "1.5"));
  }

  @Test
  void ruleExplanationsInEnglish() {
    assertEquals("Achieved → 1.5 points", explained(EN, RuleType.BINARY, "", "1", "1.5"));
    assertEquals(
        "91.17% × 10 = 9.12 points", explained(EN, RuleType.PROPORTIONAL, "", "91.17", "10"));
    assertEquals(
        "85% ≥ 80% → 0.5 × 2 = 1 points", explained(EN, RuleType.BANDS, "100:1;80:0.5", "85", "2"));
  }

  private static Letter letter() {
    LocalDate closes = LocalDate.of(2022, 12, 20);
    return ReminderLetter.of(
        "Chỉ số CCHC năm 2022",
        "Sở Tư pháp",
        new ProgressRow(
            "STP", "Sở Tư pháp", false, 12, 5, 3, SubmissionStatus.DRAFT, null, null, 0, 2, 0),
        EnumSet.allOf(ReminderReason.class),
        new Phases(
            LocalDate.of(2022, 12, 7),
            LocalDate.of(2022, 12, 5),
            closes,
            null,
            null,
            null,
            null,
            null),
        LocalDate.of(2022, 12, 8));
  }

  @Test
  void theReminderSaysWhatIsLateWithTheDatesInVietnamese() {
    Letter letter = letter();
    assertEquals("[Chỉ số CCHC] Nhắc việc: Chỉ số CCHC năm 2022", text(VI, letter.subject()));
    String body = letter.body(key -> text(VI, key));
    assertTrue(body.startsWith("Kính gửi: Sở Tư pháp,\n\n"), body);
    assertTrue(
        body.contains(
            "- Cử cặp đầu mối (01 lãnh đạo phụ trách và 01 công chức đầu mối): hạn 07/12/2022,"
                + " đã quá hạn."),
        body);
    assertTrue(
        body.contains(
            "- Tự đánh giá, chấm điểm và gửi kết quả: hạn 20/12/2022; đã chấm 5/12 tiêu chí, 3"
                + " tiêu chí có tài liệu kiểm chứng."),
        body);
    assertTrue(body.contains("2 đề nghị đã quá hạn."), body);
    assertTrue(body.endsWith("xin không trả lời thư.\n"), body);
  }

  @Test
  void theReminderInEnglishHasNoVietnameseButTheNames() {
    Letter letter = letter();
    assertEquals("[PAR Index] Reminder: Chỉ số CCHC năm 2022", text(EN, letter.subject()));
    String body = letter.body(key -> text(EN, key));
    assertTrue(body.startsWith("To: Sở Tư pháp,\n\n"), body);
    assertTrue(body.contains("due 07/12/2022, overdue."), body);
    assertTrue(body.contains("5/12 criteria scored, 3 with evidence."), body);
    assertTrue(body.contains("2 requests overdue."), body);
  }
}
