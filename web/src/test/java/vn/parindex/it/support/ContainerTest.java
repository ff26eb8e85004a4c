package vn.parindex.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** An Arquillian test inside Payara Micro, on an empty database (H2, or PostgreSQL by DB_URL). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
public @interface ContainerTest {}
