package vn.qcdc.rulebase.sandbox;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import vn.qcdc.i18n.Message;

/**
 * Checks one parsed rule file, construct by construct: the package-level declarations, each rule's attributes and
 * conditions, and every piece of code (conditions, {@code eval}, {@code from}, accumulate arguments, consequences,
 * functions) through {@link CodeCheck}. Anything Drools offers that is not named here is refused.
 */
final class RuleFileCheck {

  static final Set<String> WILDCARD_IMPORTS = Set.of("vn.qcdc.dossier.facts.*", "vn.qcdc.ruleapi.*");
  private static final Set<String> RULE_ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active");

  static {
    StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
  }

  private final Vocabulary vocabulary = Vocabulary.get();
  private final SourceText source;
  private final PackageDescr pkg;
  private final Set<String> functions;
  private final Set<String> globals = new HashSet<>();
  /** Function name → the functions it calls, for the recursion check across files. */
  final Map<String, List<String>> calls = new LinkedHashMap<>();

  RuleFileCheck(SourceText source, PackageDescr pkg, Set<String> functions) {
    this.source = source;
    this.pkg = pkg;
    this.functions = functions;
  }

  void check() {
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (!WILDCARD_IMPORTS.contains(target) && vocabulary.type(target).isEmpty()) {
        source.refuse(i, target, Message.of("sandbox.import", target, String.join(", ", WILDCARD_IMPORTS)));
      }
    }
    pkg.getFunctionImports().forEach(i -> source.refuse(i, null, Message.of("sandbox.import.static", i.getTarget())));
    refuseAll(pkg.getAccumulateImports(), "import accumulate");
    refuseAll(pkg.getAttributes(), Message.of("sandbox.construct.packageAttribute"));
    refuseAll(pkg.getClassAndEnumDeclarationDescrs(), "declare");
    refuseAll(pkg.getEntryPointDeclarations(), "entry-point");
    refuseAll(pkg.getWindowDeclarations(), "window");
    if (pkg.getUnit() != null) {
      source.refuse(pkg.getUnit(), "unit", refusal("unit"));
    }
    for (GlobalDescr g : pkg.getGlobals()) {
      globals.add(g.getIdentifier());
      typeName(g, g.getType());
    }
    pkg.getFunctions().forEach(this::function);
    pkg.getRules().forEach(this::rule);
  }

  private void function(FunctionDescr f) {
    if (!"java".equals(f.getDialect())) {
      source.refuse(f, f.getName(), Message.of("sandbox.function.java"));
    }
    typeName(f, f.getReturnType());
    f.getParameterTypes().forEach(t -> typeName(f, t));
    Set<String> variables = new HashSet<>(f.getParameterNames());
    SourceText.Position at = source.codePosition(f, f.getBody());
    Node body = source.block(f, f.getBody(), at);
    if (body != null) {
      calls.put(f.getName(), code(body, new CodeCheck.Scope(variables, functions, false, false), at));
    }
  }

  private void rule(RuleDescr r) {
    if (r.isQuery()) {
      source.refuse(r, "query", refusal("query"));
      return;
    }
    annotations(r);
    for (AttributeDescr a : r.getAttributes().values()) {
      attribute(r, a);
    }
    if (!r.getNamedConsequences().isEmpty()) {
      source.refuse(r, "then[", refusal(Message.of("sandbox.construct.namedConsequence")));
    }
    Set<String> bound = new HashSet<>(globals);
    Conditions conditions = new Conditions(this, source, functions, bound);
    conditions.walk(r.getLhs());
    conditions.check();
    if (r.getConsequence() instanceof String text) {
      SourceText.Position at = source.codePosition(r, text);
      Node block = source.block(r, text, at);
      if (block != null) {
        code(block, new CodeCheck.Scope(bound, functions, true, false), at);
      }
    }
  }

  private void attribute(RuleDescr r, AttributeDescr a) {
    String value = a.getValue() == null ? "" : a.getValue().trim();
    boolean allowed = RULE_ATTRIBUTES.contains(a.getName())
        && (!"salience".equals(a.getName()) || value.matches("-?\\d{1,6}"))
        && (!a.getName().endsWith("loop") && !a.getName().endsWith("active") || value.matches("|true|false"));
    if (!allowed) {
      source.refuse(a, a.getName(), Message.of("sandbox.attribute", a.getName()));
    }
  }

  private List<String> code(Node node, CodeCheck.Scope scope, SourceText.Position at) {
    return new CodeCheck(scope, source.refusalsAt(at)).check(node);
  }

  void annotations(AnnotatedBaseDescr d) {
    for (String name : d.getAnnotationNames()) {
      source.refuse(d, "@" + name, Message.of("sandbox.annotation", name));
    }
  }

  void typeName(BaseDescr where, String type) {
    String plain = type == null ? "" : type.trim();
    if (!plain.isEmpty() && !isPrimitive(plain) && vocabulary.type(plain).isEmpty()) {
      source.refuse(where, plain.replaceAll("<.*", ""), Message.of("sandbox.type", plain));
    }
  }

  private static boolean isPrimitive(String type) {
    return type.replace("[]", "").matches("boolean|byte|short|int|long|float|double|char|void");
  }

  private void refuseAll(java.util.Collection<? extends BaseDescr> descrs, Object what) {
    descrs.forEach(d -> source.refuse(d, null, refusal(what)));
  }

  /** A construct rule files may not use: {@code what} is Drools' keyword, or a {@link Message} naming it. */
  static Message refusal(Object what) {
    return Message.of("sandbox.notAllowed", what);
  }

  static DrlxExpression parseCondition(String text) {
    return DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(Syntax.KNOWN_OPERATORS), text);
  }
}
