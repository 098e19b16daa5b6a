package vn.qcdc.rulebase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import vn.qcdc.rulebase.sandbox.SandboxClassLoader;

/**
 * The compiled packages of a KieBase as bytes, and back: what the compiled rule-set cache stores. Reading builds a new
 * KieBase whose generated rule classes are defined under the {@link SandboxClassLoader}, exactly as after a compile;
 * the stream may only name the engine's own classes, a few of Java's value and collection types, and the vocabulary.
 */
final class CompiledPackages {

  /** Java's types the engine's packages are written with; anything else of {@code java.} is refused. */
  private static final Set<String> JAVA_PACKAGES = Set.of("java.lang", "java.math", "java.time", "java.util",
      "java.util.concurrent", "java.util.concurrent.locks");
  private static final Set<String> JAVA_LANG = Set.of("java.lang.Object", "java.lang.String", "java.lang.Number",
      "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
      "java.lang.Float", "java.lang.Double", "java.lang.Character", "java.lang.Enum");

  private CompiledPackages() {}

  static byte[] write(KieBase kieBase) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
    try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
    } catch (IOException e) {
      throw new IllegalStateException("the compiled rules cannot be written: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** A new KieBase from bytes that {@link #write} produced (and the cache verified); throws if they do not read. */
  @SuppressWarnings("unchecked")
  static KieBase read(byte[] bytes, SandboxClassLoader sandbox) throws IOException {
    List<KiePackage> packages;
    try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
        CompiledPackages.class.getClassLoader())) {
      in.setObjectInputFilter(info -> allowed(info, sandbox, bytes.length));
      packages = (List<KiePackage>) in.readObject();
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IOException("the compiled rules do not read: " + e.getMessage(), e);
    }
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
        KieServices.Factory.get().newKieBaseConfiguration(null, sandbox));
    kieBase.addPackages((Collection) packages);
    return kieBase;
  }

  private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info, SandboxClassLoader sandbox,
      int size) {
    if (info.depth() > 500 || info.references() > 10_000_000 || info.arrayLength() > size
        || info.streamBytes() > size) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> type = info.serialClass();
    while (type != null && type.isArray()) {
      type = type.getComponentType();
    }
    if (type == null || type.isPrimitive()) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    return allowed(type.getName(), sandbox) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }

  static boolean allowed(String name, SandboxClassLoader sandbox) {
    if (name.startsWith("org.drools.") || name.startsWith("org.kie.api.") || name.startsWith("org.mvel2.")) {
      return true;
    }
    if (name.startsWith("vn.qcdc.")) {
      return sandbox.allows(name);
    }
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "" : name.substring(0, dot);
    return pkg.equals("java.lang") ? JAVA_LANG.contains(name) : JAVA_PACKAGES.contains(pkg);
  }
}
