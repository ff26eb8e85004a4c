package vn.parindex.it.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorisation rules of the API as one table ({@code authorisation/rules.txt}), read into the
 * cases of the matrix: every line × every caller × each campaign kind it holds for.
 */
final class AuthorisationRules {
  /**
   * Who calls, in the order they are tried: those refused first, so a change allowed later is not
   * seen by them.
   */
  static final List<String> CALLERS =
      List.of(
          "anonymous",
          "admin",
          "coordinator",
          "viewer",
          "officer",
          "leader",
          "appraiser",
          "foreign-officer",
          "foreign-leader",
          "foreign-appraiser");

  private static final Map<String, Set<String>> GROUPS =
      Map.of(
          "users", Set.copyOf(CALLERS.subList(1, CALLERS.size())),
          "managers", Set.of("admin", "coordinator"),
          "seers", Set.of("admin", "coordinator", "viewer"),
          "unit", Set.of("officer", "leader"),
          "foreign-unit", Set.of("foreign-officer", "foreign-leader"));

  /** One line of the table, for one campaign kind ({@code -}, {@code P} or {@code I}). */
  record Rule(String kind, String method, String path, String body, Set<String> allowed) {
    String endpoint() {
      return method + " " + path;
    }
  }

  /** One request of the matrix and whether it must go through. */
  record Case(Rule rule, String caller, boolean expectedAllowed) {}

  private AuthorisationRules() {}

  /**
   * The rules, one per kind they hold for; lines of one endpoint and kind add their callers up, so
   * that a role allowed in one kind only is written as a line of its own.
   */
  static List<Rule> read() throws IOException {
    Map<String, Rule> rules = new java.util.LinkedHashMap<>();
    try (InputStream in = AuthorisationRules.class.getResourceAsStream("/authorisation/rules.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\s*\\|\\s*", -1);
        if (cells.length != 5) {
          throw new IllegalArgumentException("Not five cells: " + line);
        }
        for (String kind : kinds(cells[0].strip())) {
          Rule rule =
              new Rule(kind, cells[1], cells[2], cells[3], callers(cells[4].strip().split("\\s+")));
          rules.merge(
              kind + " " + rule.endpoint() + " " + rule.body(),
              rule,
              (a, b) -> new Rule(kind, a.method(), a.path(), a.body(), union(a, b)));
        }
      }
    }
    return List.copyOf(rules.values());
  }

  /** Every rule × every caller, the callers refused first. */
  static List<Case> cases(List<Rule> rules) {
    List<Case> cases = new ArrayList<>();
    for (Rule rule : rules) {
      for (boolean allowed : new boolean[] {false, true}) {
        for (String caller : CALLERS) {
          if (rule.allowed().contains(caller) == allowed) {
            cases.add(new Case(rule, caller, allowed));
          }
        }
      }
    }
    return cases;
  }

  private static List<String> kinds(String cell) {
    return switch (cell) {
      case "-" -> List.of("-");
      case "P", "I" -> List.of(cell);
      case "PI" -> List.of("P", "I");
      default -> throw new IllegalArgumentException("Unknown kind " + cell);
    };
  }

  private static Set<String> callers(String[] names) {
    Set<String> callers = new LinkedHashSet<>();
    for (String name : names) {
      if (GROUPS.containsKey(name)) {
        callers.addAll(GROUPS.get(name));
      } else if (CALLERS.contains(name)) {
        callers.add(name);
      } else {
        throw new IllegalArgumentException("Unknown caller " + name);
      }
    }
    return callers;
  }

  private static Set<String> union(Rule a, Rule b) {
    Set<String> all = new LinkedHashSet<>(a.allowed());
    all.addAll(b.allowed());
    return all;
  }
}
