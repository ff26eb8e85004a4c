package vn.parindex.persistence.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

/**
 * A page of a long list read by the database: one count and one select, both holding the typed
 * words as {@code like} conditions on the entity's folded {@code searchText}, the select ordered
 * and limited. The order always ends with the id, so that rows with equal keys do not move between
 * pages.
 *
 * @param entity the entity and its alias, e.g. {@code "OrganisationUnit u"}
 * @param alias the alias alone
 * @param fetch what the select joins in besides, e.g. {@code " left join fetch u.parent"}
 * @param condition a condition of the list itself, or {@code null}
 * @param values the condition's parameters (a boolean literal is written differently by each
 *     database, a parameter is not)
 */
public record PagedQuery(
    String entity, String alias, String fetch, String condition, Map<String, ?> values) {

  /**
   * Reads the page; {@code orderBy} is the order the request's sort names (chosen by the caller
   * from its own columns, never taken from the request as text).
   */
  public <T> ResultPage<T> read(
      EntityManager em, Class<T> type, PageRequest request, String orderBy, Map<String, ?> hints) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>(values);
    if (condition != null) {
      conditions.add(condition);
    }
    List<String> words = request.foldedWords();
    for (int i = 0; i < words.size(); i++) {
      // Backslash is the escape of like on H2 and PostgreSQL alike; an explicit escape clause
      // would make EclipseLink inline every parameter, and write a boolean as 1, which H2 refuses.
      conditions.add(alias + ".searchText like :w" + i);
      parameters.put("w" + i, PageRequest.containing(words.get(i)));
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<Long> count =
        em.createQuery("select count(" + alias + ") from " + entity + where, Long.class);
    parameters.forEach(count::setParameter);
    int total = Math.toIntExact(count.getSingleResult());
    if (request.size() == 0 || request.first() >= total) {
      return new ResultPage<>(List.of(), total);
    }
    String direction = request.descending() ? " desc" : "";
    TypedQuery<T> select =
        em.createQuery(
                "select "
                    + alias
                    + " from "
                    + entity
                    + fetch
                    + where
                    + " order by "
                    + orderBy.replace("{dir}", direction)
                    + ", "
                    + alias
                    + ".id",
                type)
            .setFirstResult(request.first())
            .setMaxResults(request.size());
    parameters.forEach(select::setParameter);
    hints.forEach(select::setHint);
    return new ResultPage<>(select.getResultList(), total);
  }
}
