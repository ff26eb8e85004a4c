package vn.parindex.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import vn.parindex.shared.Roles;

/**
 * The JSON API under {@code /api}. Callers authenticate with the same accounts as the pages, by
 * session or HTTP Basic; errors are RFC 9457 problem documents with a Vietnamese detail.
 */
@ApplicationPath("api")
@DeclareRoles({
  Roles.ADMIN,
  Roles.COORDINATOR,
  Roles.UNIT_LEADER,
  Roles.UNIT_OFFICER,
  Roles.APPRAISER,
  Roles.VIEWER,
  Roles.USER
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Chỉ số CCHC — PAR Index API",
            version = "1",
            description = "Frameworks, campaigns, scores and results of the PAR Index."))
public class ApiApplication extends Application {}
