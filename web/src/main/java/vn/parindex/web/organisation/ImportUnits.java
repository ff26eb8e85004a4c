package vn.parindex.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.organisation.UnitImport;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;

/** The upload form of {@code app/units.xhtml}: a whole unit list, every problem shown at once. */
@Named
@ViewScoped
public class ImportUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitDirectory directory;
  @Inject ListUnits list;
  @Inject FacesMessages messages;

  private transient UploadedFile file;
  private List<FindingView> problems = List.of();

  public void upload() {
    problems = List.of();
    Uploads.required(file, "file");
    try {
      UnitImport result =
          Uploads.read(
              file,
              "file",
              in -> directory.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8)));
      messages.info("units.imported", result.added(), result.updated());
      list.changed();
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      problems = messages.findings(e);
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
