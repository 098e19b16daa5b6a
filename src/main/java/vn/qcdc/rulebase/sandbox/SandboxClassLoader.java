package vn.qcdc.rulebase.sandbox;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

/**
 * The class loader rule sets are compiled and run with: it lends compiled rules the vocabulary's types (with their
 * supertypes) and the few Drools contracts generated rule classes implement, and nothing else. A check that let
 * something through by mistake would still fail to compile or link.
 */
public final class SandboxClassLoader extends ClassLoader {

  /** What generated rule classes are made of besides the vocabulary: Java's basics and Drools' rule contracts. */
  private static final Set<String> INFRASTRUCTURE_TYPES = Set.of("java.lang.Object", "java.lang.String",
      "java.lang.Class", "java.lang.Exception", "java.lang.RuntimeException", "java.lang.Throwable",
      "java.lang.Error", "java.lang.ClassNotFoundException", "java.lang.ReflectiveOperationException",
      "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double",
      "java.lang.Float", "java.lang.Character", "java.lang.Boolean", "java.lang.Number", "java.lang.Void",
      "java.lang.CharSequence", "java.lang.Iterable", "java.lang.Record", "java.lang.Enum", "java.lang.Comparable",
      "java.lang.Cloneable", "java.lang.Math", "java.lang.StringBuilder", "java.lang.AbstractStringBuilder",
      "java.lang.constant.Constable", "java.lang.constant.ConstantDesc", "java.lang.invoke.LambdaMetafactory",
      "java.lang.invoke.MethodHandles", "java.lang.invoke.MethodHandles$Lookup", "java.lang.invoke.MethodHandle",
      "java.lang.invoke.MethodType", "java.lang.invoke.CallSite", "java.lang.invoke.StringConcatFactory",
      "java.lang.invoke.TypeDescriptor", "java.lang.invoke.TypeDescriptor$OfField",
      "java.lang.invoke.TypeDescriptor$OfMethod", "java.lang.reflect.Type", "java.lang.reflect.AnnotatedElement",
      "java.lang.reflect.GenericDeclaration", "java.io.Serializable", "java.io.Externalizable",
      "java.io.IOException", "java.io.ObjectInput", "java.io.ObjectOutput", "java.io.DataInput",
      "java.io.DataOutput", "java.util.Iterator", "java.util.ListIterator", "java.util.RandomAccess",
      "java.util.Spliterator", "java.util.AbstractCollection", "java.util.AbstractList", "java.util.Map",
      "java.util.function.Consumer", "java.util.function.Function", "java.util.function.Predicate",
      "java.util.function.UnaryOperator", "java.util.function.Supplier", "java.util.function.BiFunction",
      "java.util.function.ToIntFunction", "java.util.function.ToLongFunction",
      "java.util.function.ToDoubleFunction", "java.util.function.IntFunction",
      "jdk.internal.reflect.MethodAccessorImpl", "jdk.internal.reflect.ConstructorAccessorImpl",
      "jdk.internal.reflect.FieldAccessorImpl", "jdk.internal.reflect.SerializationConstructorAccessorImpl",
      "org.drools.core.WorkingMemory", "org.drools.core.common.InternalFactHandle", "org.drools.core.reteoo.Tuple",
      "org.drools.core.reteoo.LeftTuple", "org.drools.mvel.ConditionEvaluator", "org.drools.mvel.EvaluatorHelper");

  /** Drools' packages whose contracts generated consequences, conditions and accumulators implement or call. */
  private static final Set<String> INFRASTRUCTURE_PACKAGES = Set.of("org.drools.base.base",
      "org.drools.base.base.extractors", "org.drools.base.rule", "org.drools.base.rule.accessor",
      "org.drools.base.rule.consequence", "org.drools.base.reteoo", "org.drools.base.definitions.rule.impl",
      "org.drools.core.base.accumulators", "org.drools.core.rule.consequence", "org.drools.mvel.accessors",
      "org.drools.mvel.asm", "org.drools.mvel.evaluators", "org.drools.mvel.field", "org.drools.ecj",
      "org.kie.api.definition.rule", "org.kie.api.definition.type", "org.kie.api.runtime",
      "org.kie.api.runtime.rule", "org.mvel2.asm");

  /** Drools' own configuration (which dialects exist, and so on), read through the loader it is given. */
  private static final Set<String> CONFIGURATION = Set.of("META-INF/kie.default.properties.conf",
      "META-INF/kie.default.mvel.properties.conf", "META-INF/kie.properties.conf");

  private final ClassLoader app;
  private final Set<String> types = new HashSet<>(INFRASTRUCTURE_TYPES);

  public SandboxClassLoader(ClassLoader app) {
    super("rules-sandbox", null);
    this.app = app;
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (String name : Vocabulary.get().typeNames()) {
      try {
        todo.add(Class.forName(name, false, app));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("vocabulary type " + name + " is not on the class path", e);
      }
    }
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (types.add(type.getName())) {
        if (type.getSuperclass() != null) {
          todo.add(type.getSuperclass());
        }
        Collections.addAll(todo, type.getInterfaces());
      }
    }
  }

  /** Whether compiled rules may load the class of this binary name. */
  public boolean allows(String className) {
    int dot = className.lastIndexOf('.');
    return types.contains(className) || dot > 0 && INFRASTRUCTURE_PACKAGES.contains(className.substring(0, dot));
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!allows(name)) {
      throw new ClassNotFoundException(name + " is not in the rules vocabulary");
    }
    return app.loadClass(name);
  }

  @Override
  public URL getResource(String name) {
    return allowsResource(name) ? app.getResource(name) : null;
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return allowsResource(name) ? app.getResources(name) : Collections.emptyEnumeration();
  }

  /** Class files of allowed classes (the compiler reads their bytes) and Drools' configuration; nothing else. */
  private boolean allowsResource(String name) {
    return CONFIGURATION.contains(name) || name.endsWith(".class") && allows(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
  }
}
