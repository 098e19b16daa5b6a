package vn.qcdc.rulebase.sandbox;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.ruleapi.AdjustmentCase;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.ruleapi.CheckKind;
import vn.qcdc.ruleapi.Checks;
import vn.qcdc.ruleapi.Deadline;
import vn.qcdc.ruleapi.Law;
import vn.qcdc.ruleapi.Missing;
import vn.qcdc.ruleapi.NotApplicable;
import vn.qcdc.ruleapi.Section;
import vn.qcdc.ruleapi.Veto;

/**
 * What rule files may name: the one allow-list of the rule sandbox. A type, method, constructor or static field not
 * listed here is refused in a rule file, and the class loader rule sets are compiled with cannot load a type that is
 * not listed either.
 *
 * <p>The evaluator's own types (the dossier facts and the {@code ruleapi} helpers and results) are taken whole, with
 * every type their public methods return. Java types are listed by hand, method by method: only what rules need,
 * nothing that loops, allocates without bound, reads the clock or reaches outside the evaluation.
 */
public final class Vocabulary {

  /** The Java types rules may name, with the methods they may call on them. */
  private static final Map<Class<?>, Set<String>> JAVA = Map.ofEntries(
      Map.entry(Object.class, Set.of("equals", "hashCode", "toString")),
      Map.entry(String.class, Set.of("equals", "isEmpty", "isBlank", "length", "startsWith", "endsWith", "contains",
          "trim", "strip", "toLowerCase", "toUpperCase", "compareTo", "join", "valueOf", "substring", "indexOf",
          "charAt", "concat", "equalsIgnoreCase")),
      Map.entry(CharSequence.class, Set.of("length", "isEmpty", "charAt")),
      Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue")),
      Map.entry(Integer.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "valueOf", "equals")),
      Map.entry(Long.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "valueOf", "equals")),
      Map.entry(Double.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "valueOf", "equals")),
      Map.entry(Boolean.class, Set.of("booleanValue", "valueOf", "equals")),
      Map.entry(Math.class, Set.of("min", "max", "abs", "floor", "ceil", "round")),
      Map.entry(BigDecimal.class, Set.of("compareTo", "add", "subtract", "multiply", "negate", "abs", "signum",
          "stripTrailingZeros", "toPlainString", "intValue", "longValue", "doubleValue", "valueOf", "min", "max",
          "equals")),
      Map.entry(LocalDate.class, Set.of("of", "isAfter", "isBefore", "isEqual", "plusDays", "minusDays", "plusWeeks",
          "minusWeeks", "plusMonths", "minusMonths", "plusYears", "minusYears", "getYear", "getMonthValue",
          "getMonth", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "withDayOfMonth", "withMonth", "withYear",
          "lengthOfMonth", "lengthOfYear", "isLeapYear", "compareTo", "equals")),
      Map.entry(YearMonth.class, Set.of("of", "getYear", "getMonthValue", "getMonth", "isAfter", "isBefore", "atDay",
          "atEndOfMonth", "plusMonths", "minusMonths", "lengthOfMonth", "compareTo", "equals")),
      Map.entry(DayOfWeek.class, Set.of("getValue", "values", "valueOf", "name", "ordinal", "compareTo", "equals")),
      Map.entry(Month.class, Set.of("getValue", "values", "valueOf", "name", "ordinal", "compareTo", "equals")),
      Map.entry(Enum.class, Set.of("name", "ordinal", "compareTo", "equals")),
      Map.entry(Comparable.class, Set.of("compareTo")),
      Map.entry(Iterable.class, Set.of()),
      Map.entry(java.util.Collection.class, Set.of("size", "isEmpty", "contains", "containsAll", "add", "addAll",
          "remove", "equals")),
      Map.entry(List.class, Set.of("of", "copyOf", "size", "isEmpty", "get", "contains", "containsAll", "indexOf",
          "add", "addAll", "remove", "sort", "equals")),
      Map.entry(ArrayList.class, Set.of("size", "isEmpty", "get", "contains", "containsAll", "indexOf", "add",
          "addAll", "remove", "sort", "equals")),
      Map.entry(Set.class, Set.of("of", "copyOf", "size", "isEmpty", "contains", "containsAll", "add", "addAll",
          "remove", "equals")),
      Map.entry(Collections.class, Set.of("sort", "emptyList", "unmodifiableList", "min", "max", "reverse")),
      Map.entry(Comparator.class, Set.of("comparing", "naturalOrder", "reverseOrder", "reversed", "thenComparing",
          "compare")));

  /** Types whose constructors rules may call: a local list, and the result facts that have no factory in checks. */
  private static final Set<Class<?>> CONSTRUCTIBLE = Set.of(ArrayList.class, Veto.class, Missing.class,
      NotApplicable.class, AdjustmentCase.class);

  /** The helpers and results of {@code vn.qcdc.ruleapi}; with {@link Dossier}, the roots of the evaluator's types. */
  private static final List<Class<?>> RULE_API = List.of(Law.class, Checks.class, Check.class, CheckKind.class,
      Deadline.class, Missing.class, NotApplicable.class, Section.class, Veto.class, AdjustmentCase.class);

  private static final Set<String> OBJECT_METHODS_REFUSED = Set.of("getClass", "wait", "notify", "notifyAll",
      "finalize", "clone", "getDeclaringClass", "describeConstable");

  private static final Vocabulary INSTANCE = new Vocabulary();

  private final Map<String, Class<?>> typesByName = new LinkedHashMap<>();
  private final Map<Class<?>, Set<String>> methods = new LinkedHashMap<>();
  private final Set<String> methodNames = new TreeSet<>();
  private final Set<String> propertyNames = new TreeSet<>();

  private Vocabulary() {
    JAVA.forEach(this::add);
    Deque<Class<?>> todo = new ArrayDeque<>(RULE_API);
    todo.add(Dossier.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (methods.containsKey(type)) {
        continue;
      }
      Set<String> names = new TreeSet<>();
      for (Method m : type.getMethods()) {
        if (OBJECT_METHODS_REFUSED.contains(m.getName()) || m.isSynthetic()) {
          continue;
        }
        names.add(m.getName());
        reachable(m.getGenericReturnType(), todo);
      }
      add(type, names);
    }
  }

  /** The vocabulary of this build. */
  public static Vocabulary get() {
    return INSTANCE;
  }

  private void add(Class<?> type, Set<String> names) {
    methods.put(type, Set.copyOf(names));
    Class<?> known = typesByName.putIfAbsent(type.getSimpleName(), type);
    if (known != null && known != type) {
      throw new IllegalStateException("two vocabulary types share the name " + type.getSimpleName());
    }
    typesByName.putIfAbsent(type.getName(), type);
    typesByName.putIfAbsent(type.getCanonicalName(), type);
    methodNames.addAll(names);
    for (String name : names) {
      propertyNames.add(name);
      beanProperty(name).ifPresent(propertyNames::add);
    }
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
        propertyNames.add(f.getName());
      }
    }
  }

  /** Adds the evaluator's own types a method returns; any other type must already be in {@link #JAVA}. */
  private void reachable(Type type, Deque<Class<?>> todo) {
    if (type instanceof ParameterizedType p) {
      reachable(p.getRawType(), todo);
      Arrays.stream(p.getActualTypeArguments()).forEach(t -> reachable(t, todo));
    } else if (type instanceof Class<?> c) {
      Class<?> base = c.isArray() ? c.getComponentType() : c;
      if (base.isPrimitive() || methods.containsKey(base)) {
        return;
      }
      if (base.getName().startsWith("vn.qcdc.")) {
        todo.add(base);
      } else if (!JAVA.containsKey(base)) {
        throw new IllegalStateException("a rule type returns " + base.getName() + ", which is not in the vocabulary");
      }
    }
  }

  /** The type a name in a rule file stands for (simple, as imported, or fully qualified), if rules may use it. */
  public Optional<Class<?>> type(String name) {
    String plain = name.replaceAll("<.*>", "").replaceAll("\\[]", "").trim();
    return Optional.ofNullable(typesByName.get(plain));
  }

  /** Whether rules may call {@code method} on some vocabulary type (the receiver's type is not known from syntax). */
  public boolean method(String method) {
    return methodNames.contains(method);
  }

  /** Whether rules may call {@code method} on {@code type} (a static call or a method reference). */
  public boolean method(Class<?> type, String method) {
    return methods.getOrDefault(type, Set.of()).contains(method);
  }

  /** Whether a bare name or {@code x.name} may read a property (accessor, getter or constant) of a vocabulary type. */
  public boolean property(String name) {
    return propertyNames.contains(name) || "length".equals(name);
  }

  /** Whether {@code type.name} is a public constant (an enum value or a static final field) rules may read. */
  public boolean constant(Class<?> type, String name) {
    try {
      Field f = type.getField(name);
      return Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())
          && (f.getType().isPrimitive() || methods.containsKey(f.getType()));
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  public boolean constructible(Class<?> type) {
    return CONSTRUCTIBLE.contains(type);
  }

  /** Every type rules may use, by binary name: what the sandbox class loader lets compiled rules link to. */
  public Set<String> typeNames() {
    Set<String> names = new TreeSet<>();
    methods.keySet().forEach(c -> names.add(c.getName()));
    return names;
  }

  /** Every method a rule may call, by type: the allow-list as data, for the guide and the tests. */
  public Map<Class<?>, Set<String>> methods() {
    return Collections.unmodifiableMap(methods);
  }

  private static Optional<String> beanProperty(String method) {
    for (String prefix : List.of("get", "is")) {
      if (method.length() > prefix.length() && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
      }
    }
    return Optional.empty();
  }
}
