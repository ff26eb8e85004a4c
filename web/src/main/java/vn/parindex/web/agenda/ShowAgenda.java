package vn.parindex.web.agenda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.parindex.agenda.Agenda;
import vn.parindex.agenda.AgendaService;

/**
 * {@code app/home.xhtml}: the first page after login, what the caller has to do next. Read once per
 * request; every figure links to the page where the work is done.
 */
@Named
@RequestScoped
public class ShowAgenda {
  @Inject AgendaService agendas;

  private Agenda agenda;

  public Agenda getAgenda() {
    if (agenda == null) {
      agenda = agendas.today();
    }
    return agenda;
  }

  /** Whether the caller has nothing at all to do or to read: the page then says so. */
  public boolean isNothingToDo() {
    Agenda a = getAgenda();
    return a.work().isEmpty()
        && a.coordination().isEmpty()
        && a.appraisals().isEmpty()
        && a.published().isEmpty();
  }
}
