package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.it.api.AuthorisationRules.Case;
import vn.parindex.it.api.AuthorisationRules.Rule;

/**
 * The authorisation matrix: every endpoint of the rules table × every caller × each campaign kind,
 * sent to the running application, the answer compared with the table. A caller the table refuses
 * must get 401 (anonymous) or 403/404 and nothing else, so it cannot succeed nor learn from a
 * validation message; a caller it allows must not be refused. The figures and every unexpected
 * answer are written to {@code target/authorisation-matrix.txt}.
 */
class AuthorisationMatrixIT extends SelfAssessmentApiTest {
  private static final Set<Integer> HIDDEN = Set.of(403, 404);
  private static final String TABLE = "code,name_vi\n";

  @Test
  void everyCallerGetsWhatTheRulesTableSaysAndNoMore() throws IOException {
    MatrixFixture fixture = MatrixFixture.of(app);
    List<Case> cases = AuthorisationRules.cases(AuthorisationRules.read());
    List<String> unexpected = new ArrayList<>();
    int allowed = 0;
    for (Case c : cases) {
      int status = send(fixture, c);
      allowed += c.expectedAllowed() ? 1 : 0;
      if (!asExpected(c, status)) {
        unexpected.add(
            c.rule().kind()
                + " "
                + c.rule().endpoint()
                + " as "
                + c.caller()
                + ": "
                + status
                + (c.expectedAllowed() ? " (allowed by the table)" : " (refused by the table)"));
      }
    }
    String figures =
        "cases "
            + cases.size()
            + ", expected allowed "
            + allowed
            + ", expected refused "
            + (cases.size() - allowed)
            + ", unexpected "
            + unexpected.size();
    Path report = Path.of("target", "authorisation-matrix.txt");
    Files.writeString(
        report, figures + "\n" + String.join("\n", unexpected) + "\n", StandardCharsets.UTF_8);
    System.out.println("[authorisation matrix] " + figures);
    assertTrue(cases.size() >= 1000, figures);
    assertTrue(unexpected.isEmpty(), figures + "\n" + String.join("\n", unexpected));
  }

  private static boolean asExpected(Case c, int status) {
    if (status >= 500) {
      return false;
    }
    if (c.expectedAllowed()) {
      return status != 401 && !HIDDEN.contains(status);
    }
    return c.caller().equals("anonymous") ? status == 401 : HIDDEN.contains(status);
  }

  private static int send(MatrixFixture fixture, Case c) {
    Rule rule = c.rule();
    String path = fixture.path(rule.kind(), rule.path());
    String account = MatrixFixture.ACCOUNTS.get(c.caller());
    String password = account == null ? null : MatrixFixture.passwordOf(account);
    return switch (rule.body()) {
      case "@pdf" -> fixture.upload(path, account).statusCode();
      case "@docx" ->
          app.sendBytes(
                  rule.method(),
                  path,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "PK".getBytes(StandardCharsets.US_ASCII),
                  account,
                  password)
              .statusCode();
      case "@signed" ->
          app.sendBytes(
                  rule.method(),
                  path,
                  "application/pdf",
                  "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                  account,
                  password)
              .statusCode();
      case "@csv" ->
          app.sendBytes(
                  rule.method(),
                  path,
                  "text/csv",
                  TABLE.getBytes(StandardCharsets.UTF_8),
                  account,
                  password)
              .statusCode();
      case "-" -> app.send(rule.method(), path, null, account, password).statusCode();
      default -> app.send(rule.method(), path, rule.body(), account, password).statusCode();
    };
  }
}
