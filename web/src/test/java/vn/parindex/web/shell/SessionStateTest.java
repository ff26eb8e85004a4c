package vn.parindex.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The application is distributable: a session, with its pages' view state, moves to another server
 * when the one that served it fails, so everything a session or view bean keeps must serialise.
 * Checked on the types, through every field the beans keep (collections' elements too) into the
 * application's own classes, so that a list of records that are not serialisable fails here rather
 * than on the day a server fails in December. What a bean marks {@code transient} it reads again.
 */
class SessionStateTest {
  private static final List<Class<? extends Annotation>> KEPT =
      List.of(ViewScoped.class, SessionScoped.class);

  /** Injected beans that are reached through a proxy or an EJB reference, both serialisable. */
  private static final List<Class<? extends Annotation>> PROXIED =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ViewScoped.class,
          Stateless.class,
          Singleton.class,
          Stateful.class);

  private static final JavaClasses APPLICATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.parindex");

  private final Set<String> problems = new TreeSet<>();
  private final Set<Class<?>> walked = new HashSet<>();

  private static final List<Class<?>> BEANS =
      APPLICATION.stream()
          .filter(c -> KEPT.stream().anyMatch(c::isAnnotatedWith))
          .map(JavaClass::reflect)
          .toList();

  @Test
  void everySessionAndViewBeanKeepsOnlyWhatSerialises() {
    for (Class<?> bean : BEANS) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      fields(bean, bean.getSimpleName());
    }
    assertEquals(Set.of(), problems, BEANS.size() + " beans");
  }

  /**
   * Each bean as the container makes it (its own fields set, the injected ones empty) goes through
   * Java serialisation and back, as a session does when it moves to another server.
   */
  @Test
  void everySessionAndViewBeanSerialisesAndComesBack() throws Exception {
    for (Class<?> bean : BEANS) {
      Constructor<?> constructor = bean.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object made = constructor.newInstance();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(made);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertEquals(bean, in.readObject().getClass());
      }
    }
  }

  private void fields(Class<?> type, String path) {
    // A library's superclass (PrimeFaces' LazyDataModel) answers for its own fields.
    for (Class<?> c = type;
        c != null && c.getName().startsWith("vn.parindex.");
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        String at = path + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class)) {
          injected(field.getType(), at);
        } else {
          kept(field.getGenericType(), at);
        }
      }
    }
  }

  private void injected(Class<?> type, String at) {
    if (!serialises(type) && !produced(type) && !implementedSerialisably(type)) {
      problems.add(at + ": injected " + type.getName() + " is neither proxied nor Serializable");
    }
  }

  private static boolean serialises(Class<?> bean) {
    return PROXIED.stream().anyMatch(bean::isAnnotationPresent)
        || Serializable.class.isAssignableFrom(bean);
  }

  /** A type the application produces in a normal scope, so that it is injected as a proxy. */
  private static boolean produced(Class<?> type) {
    return APPLICATION.stream()
        .flatMap(c -> c.getMethods().stream())
        .filter(m -> m.isAnnotatedWith(Produces.class))
        .filter(m -> m.getRawReturnType().isEquivalentTo(type))
        .anyMatch(m -> PROXIED.stream().anyMatch(m::isAnnotatedWith));
  }

  /** An interface whose implementations in the application all serialise. */
  private static boolean implementedSerialisably(Class<?> type) {
    if (!type.isInterface() || !type.getName().startsWith("vn.parindex.")) {
      return false;
    }
    Set<JavaClass> implementations = APPLICATION.get(type).getAllSubclasses();
    return !implementations.isEmpty()
        && implementations.stream().map(JavaClass::reflect).allMatch(SessionStateTest::serialises);
  }

  private void kept(Type type, String at) {
    if (type instanceof ParameterizedType parameterized) {
      kept(parameterized.getRawType(), at);
      for (Type argument : parameterized.getActualTypeArguments()) {
        kept(argument, at + "<>");
      }
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isArray()) {
      kept(c.getComponentType(), at + "[]");
    } else if (c.isInterface() && isContainer(c)) {
      return;
    } else if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(at + ": " + c.getName() + " is not Serializable");
    } else if (c.getName().startsWith("vn.parindex.") && walked.add(c)) {
      fields(c, c.getSimpleName());
    }
  }

  /** The collections the JDK's own implementations of which serialise, elements checked apart. */
  private static boolean isContainer(Class<?> c) {
    return c == List.class || c == Set.class || c == Map.class || c == Collection.class;
  }
}
