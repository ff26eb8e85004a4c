package vn.parindex.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, plus the test classes: container tests run against exactly what is
 * deployed in production, not against a hand-picked list of classes. The one addition is a role
 * mapping that gives {@code @RunAs} beans of the tests a principal, which Payara requires.
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive realWar(Class<?>... testClasses) {
    File war = new File(System.getProperty("parindex.war", "target/parindex.war"));
    return ShrinkWrap.create(ZipImporter.class, "parindex.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(testClasses)
        .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
        .addClasses(FreshDatabase.class, Strictness.class, ContainerTest.class, Deployments.class);
  }
}
