package vn.parindex.web.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.campaign.AssignmentCsv;
import vn.parindex.campaign.Assignments;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignAccess;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.FocalPairStatus;
import vn.parindex.campaign.IssuedNomination;
import vn.parindex.campaign.NominateFocalPairs;
import vn.parindex.campaign.Nomination;
import vn.parindex.campaign.Person;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.NodeCode;
import vn.parindex.framework.NodeKind;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.FindingView;
import vn.parindex.web.shell.Uploads;

/**
 * {@code app/campaigns/view.xhtml?id=…}: one campaign. The coordinator loads the assignment and
 * sees it as a matrix of lead units × fields and node by node, records focal pairs, opens and
 * clones the campaign. A unit's officer or leader sees the criteria its unit leads.
 */
@Named
@ViewScoped
public class ViewCampaign implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignService service;
  @Inject NominateFocalPairs focalPairService;
  @Inject FacesMessages messages;
  @Inject UnitHistory unitHistory;

  private Long id;
  private Campaign campaign;
  private Map<String, String> names = Map.of();
  private CampaignAccess.Caller caller;
  private List<Assignments.Assignment> assignments = List.of();
  private List<String> fields = List.of();
  private List<MatrixRow> matrix = List.of();
  private List<FocalPairStatus> focalPairs = List.of();
  private List<FrameworkNode> ownLeaves = List.of();
  private List<FindingView> problems = List.of();
  private transient UploadedFile file;
  private String nomineeCode;
  private final PersonForm leader = new PersonForm();
  private final PersonForm officer = new PersonForm();
  private String issuedLeader;
  private String issuedOfficer;
  private String cloneName;
  private Integer cloneYear;

  /** One lead unit and how many leaves it leads in each field. */
  public static final class MatrixRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String unitCode;
    private final Map<String, Integer> perField;

    MatrixRow(String unitCode, Map<String, Integer> perField) {
      this.unitCode = unitCode;
      this.perField = perField;
    }

    public String getUnitCode() {
      return unitCode;
    }

    public Integer count(String field) {
      return perField.get(field);
    }
  }

  /** The fields of one member of a focal pair. */
  public static final class PersonForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String fullName;
    private String title;
    private String phone;
    private String email;

    Person toPerson() {
      return new Person(fullName, title, phone, email);
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  /** The view action. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("campaign.notFound", "");
    }
    campaign = service.get(id);
    caller = service.caller();
    assignments = service.assignments(id);
    fields =
        campaign.getFramework().getNodes().stream()
            .filter(n -> n.getKind() == NodeKind.FIELD)
            .map(FrameworkNode::getCode)
            .toList();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Assignments.Assignment a : assignments) {
      counts
          .computeIfAbsent(a.leadUnitCode(), k -> new TreeMap<>())
          .merge(NodeCode.fieldOf(a.nodeCode()), 1, Integer::sum);
    }
    matrix = counts.entrySet().stream().map(e -> new MatrixRow(e.getKey(), e.getValue())).toList();
    focalPairs = caller.manages() ? focalPairService.focalPairs(id) : List.of();
    names = caller.manages() ? unitHistory.namesIn(campaign.getYear()) : Map.of();
    ownLeaves = caller.unitCode() == null ? List.of() : service.leavesOf(id, caller.unitCode());
  }

  public void importAssignments() {
    problems = List.of();
    byte[] table = Uploads.bytes(file, "file");
    try {
      service.importAssignments(
          id,
          AssignmentCsv.read(
              new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8)));
      messages.info("campaigns.assignments.loaded");
      load();
    } catch (InvalidInputException e) {
      // A table's wrong rows are the answer to show, row by row, not a failure of the page.
      problems = messages.findings(e);
    }
  }

  public void open() {
    service.open(id);
    messages.info("campaigns.opened", campaign.getName());
    load();
  }

  public void nominate() {
    IssuedNomination issued =
        focalPairService.nominate(
            id, nomineeCode, new Nomination(leader.toPerson(), officer.toPerson()));
    issuedLeader = issuedText(issued.pair().getLeaderUsername(), issued.leaderPassword());
    issuedOfficer = issuedText(issued.pair().getOfficerUsername(), issued.officerPassword());
    messages.info("campaigns.nominated", nomineeCode);
    load();
  }

  /** A new account's one-time password, or word that an existing account keeps its own. */
  private String issuedText(String username, String oneTimePassword) {
    return oneTimePassword == null
        ? username + " — " + messages.text("campaigns.issued.kept")
        : username + " / " + oneTimePassword;
  }

  public String cloneCampaign() {
    Campaign next = service.cloneInto(id, cloneName, cloneYear, null);
    messages.flashInfo("campaigns.created", next.getName());
    return "/app/campaigns/view?faces-redirect=true&id=" + next.getId();
  }

  /** The nodes of the tree with their lead unit, for the table under the matrix. */
  public List<NodeAssignment> getNodeAssignments() {
    Map<String, Assignments.Assignment> byCode =
        assignments.stream().collect(Collectors.toMap(Assignments.Assignment::nodeCode, a -> a));
    List<NodeAssignment> rows = new ArrayList<>();
    for (FrameworkNode n : campaign.selfLeaves()) {
      Assignments.Assignment a = byCode.get(n.getCode());
      if (a != null) {
        rows.add(
            new NodeAssignment(
                n.getCode(),
                n.getNameVi(),
                a.leadUnitCode(),
                String.join(", ", a.coordinatingUnitCodes())));
      }
    }
    return rows;
  }

  /** A leaf, its lead unit and the units asked for evidence. */
  public static final class NodeAssignment implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String title;
    private final String lead;
    private final String coordinating;

    NodeAssignment(String code, String title, String lead, String coordinating) {
      this.code = code;
      this.title = title;
      this.lead = lead;
      this.coordinating = coordinating;
    }

    public String getCode() {
      return code;
    }

    public String getTitle() {
      return title;
    }

    public String getLead() {
      return lead;
    }

    public String getCoordinating() {
      return coordinating;
    }
  }

  public boolean isManager() {
    return caller.manages();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public List<String> getFields() {
    return fields;
  }

  public List<MatrixRow> getMatrix() {
    return matrix;
  }

  /** A unit's name in the campaign's year, today's beside it where it changed since. */
  public String name(String code) {
    return names.getOrDefault(code, code);
  }

  public List<FocalPairStatus> getFocalPairs() {
    return focalPairs;
  }

  public List<FrameworkNode> getOwnLeaves() {
    return ownLeaves;
  }

  public String getOwnUnit() {
    return caller.unitCode();
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

  public String getNomineeCode() {
    return nomineeCode;
  }

  public void setNomineeCode(String nomineeCode) {
    this.nomineeCode = nomineeCode;
  }

  public PersonForm getLeader() {
    return leader;
  }

  public PersonForm getOfficer() {
    return officer;
  }

  public String getIssuedLeader() {
    return issuedLeader;
  }

  public String getIssuedOfficer() {
    return issuedOfficer;
  }

  public String getCloneName() {
    return cloneName;
  }

  public void setCloneName(String cloneName) {
    this.cloneName = cloneName;
  }

  public Integer getCloneYear() {
    return cloneYear;
  }

  public void setCloneYear(Integer cloneYear) {
    this.cloneYear = cloneYear;
  }
}
