package vn.parindex.web.framework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.framework.Framework;
import vn.parindex.framework.FrameworkService;
import vn.parindex.web.shell.FacesMessages;

/** {@code app/frameworks/list.xhtml}: every framework, every year's version, newest first. */
@Named
@ViewScoped
public class ListFrameworks implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FrameworkService service;
  @Inject FacesMessages messages;

  private List<Framework> frameworks;

  @PostConstruct
  void load() {
    frameworks = service.list();
  }

  /** A draft can go; a published year's version stays for ever. */
  public void delete(Framework framework) {
    try {
      service.delete(framework.getId());
      messages.info("frameworks.deleted", framework.getCode());
    } finally {
      // Refused or not, the list shows what is stored now.
      load();
    }
  }

  public List<Framework> getFrameworks() {
    return frameworks;
  }
}
