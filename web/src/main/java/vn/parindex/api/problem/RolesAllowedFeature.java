package vn.parindex.api.problem;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import vn.parindex.shared.ForbiddenException;

/**
 * {@code @RolesAllowed} on a resource method, checked before its body is read. The services carry
 * the same rule, but an import parses its table before it reaches the service, and a caller who may
 * not import must hear 403, not what is wrong with the rows it sent.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles != null) {
      context.register(new RoleCheck(roles.value()));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class RoleCheck implements ContainerRequestFilter {
    private final String[] roles;

    RoleCheck(String[] roles) {
      this.roles = roles.clone();
    }

    @Override
    public void filter(jakarta.ws.rs.container.ContainerRequestContext request) {
      if (Arrays.stream(roles).noneMatch(r -> request.getSecurityContext().isUserInRole(r))) {
        throw new ForbiddenException();
      }
    }
  }
}
