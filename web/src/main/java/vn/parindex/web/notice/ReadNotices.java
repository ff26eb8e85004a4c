package vn.parindex.web.notice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.parindex.framework.NodeCode;
import vn.parindex.notice.Notice;
import vn.parindex.notice.NoticeService;

/**
 * {@code app/notices.xhtml} and the bell in the header: the caller's notices, newest first, each
 * opening the place it is about and counted read from then.
 */
@Named
@RequestScoped
public class ReadNotices {
  @Inject NoticeService notices;

  private Long unread;
  private List<Notice> mine;

  /** The bell's count, read once per request. */
  public long getUnread() {
    if (unread == null) {
      unread =
          FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null
              ? 0
              : notices.unread();
    }
    return unread;
  }

  public List<Notice> getMine() {
    if (mine == null) {
      mine = notices.mine();
    }
    return mine;
  }

  /** Marks the notice read and goes where it points. */
  public String open(long id) {
    return place(notices.read(id));
  }

  public String readAll() {
    notices.readAll();
    return "/app/notices?faces-redirect=true";
  }

  /** The page a notice is about, as a redirect outcome. */
  static String place(Notice n) {
    String id = "&id=" + n.getCampaignId();
    return switch (n.getKind()) {
      case LEAF_RETURNED, SUBMISSION_APPROVED, SUBMISSION_RETURNED ->
          "/app/campaigns/workspace?faces-redirect=true"
              + id
              + "&unit="
              + n.getUnitCode()
              + (n.getNodeCode() == null ? "" : "&field=" + NodeCode.fieldOf(n.getNodeCode()));
      case REQUEST_RECEIVED, REQUEST_ANSWERED -> "/app/campaigns/requests?faces-redirect=true" + id;
      case EXPLANATION_ASKED -> "/app/campaigns/appraisal?faces-redirect=true" + id;
      case PHASE_SOON -> "/app/campaigns/view?faces-redirect=true" + id;
    };
  }
}
