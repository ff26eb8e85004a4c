package vn.parindex.web.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitImport;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Messages;

/** The upload form of {@code app/units.xhtml}: a whole unit list, every problem shown at once. */
@Named
@ViewScoped
public class ImportUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitDirectory directory;
  @Inject ListUnits list;
  @Inject FacesMessages messages;
  @Inject Messages bundle;

  private transient UploadedFile file;
  private List<FindingView> problems = List.of();

  public void upload() {
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      messages.error("importForm:file", "frameworks.file.required");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      UnitImport result = directory.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
      messages.info("units.imported", result.added(), result.updated());
      list.load();
    } catch (InvalidInputException e) {
      problems =
          FindingView.ofViolations(
              e.violations(), bundle, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      messages.error(null, "frameworks.check.errors", problems.size());
    } catch (BusinessException e) {
      messages.show(e, "");
    } catch (IOException e) {
      messages.error("importForm:file", "frameworks.file.unreadable");
    }
  }

  public List<FindingView> getProblems() {
    return problems;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
