package vn.qcdc.rulebase.sandbox;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import vn.qcdc.i18n.Message;

/**
 * Checks one piece of rule code, a condition's expression or a block of Java, against the {@link Vocabulary}: only the
 * syntax in {@link Syntax} and only the vocabulary's types, methods, constructors and constants.
 */
final class CodeCheck {

  /** Receives each refusal with the node it is about. */
  interface Refusals {
    void refuse(Node where, String what, Message message);
  }

  /**
   * Names a piece of code may use besides the vocabulary: variables bound in the rule and the globals, the DRL
   * functions it may call, whether it is a consequence (which may {@code insert}) and whether bare names may be
   * properties of the matched fact (as in a condition).
   */
  record Scope(Set<String> variables, Set<String> functions, boolean consequence, boolean condition) {}

  private final Vocabulary vocabulary = Vocabulary.get();
  private final Scope scope;
  private final Refusals refusals;
  private final Set<String> locals = new HashSet<>();
  private final List<String> calledFunctions = new ArrayList<>();

  CodeCheck(Scope scope, Refusals refusals) {
    this.scope = scope;
    this.refusals = refusals;
  }

  /** Checks {@code code}; returns the DRL functions it calls (for the recursion check). */
  List<String> check(Node code) {
    declare(code);
    visit(code);
    return calledFunctions;
  }

  /** Local variables, parameters and bindings, wherever they are declared in this piece of code. */
  private void declare(Node node) {
    if (node instanceof VariableDeclarator v) {
      locals.add(v.getNameAsString());
    } else if (node instanceof Parameter p) {
      locals.add(p.getNameAsString());
    } else if (node instanceof TypePatternExpr p) {
      locals.add(p.getNameAsString());
    } else if (node instanceof DrlxExpression d && d.getBind() != null) {
      locals.add(d.getBind().asString());
    }
    Syntax.children(node).forEach(this::declare);
  }

  private void visit(Node node) {
    if (!Syntax.allowed(node)) {
      refusals.refuse(node, null, Syntax.refusal(node));
      return;
    }
    if (node instanceof ClassOrInterfaceType t) {
      type(t);
      t.getTypeArguments().ifPresent(args -> args.forEach(this::visit));
      return;
    }
    if (node instanceof FieldAccessExpr f && qualifiedName(f).isPresent()) {
      qualified(f, qualifiedName(f).get());
      return;
    }
    if (node instanceof NameExpr n) {
      name(n, n.getNameAsString());
    } else if (node instanceof MethodCallExpr m) {
      call(m.getName(), m.getScope(), m.getNameAsString());
    } else if (node instanceof NullSafeMethodCallExpr m) {
      call(m.getName(), m.getScope(), m.getNameAsString());
    } else if (node instanceof FieldAccessExpr f) {
      property(f.getName(), staticType(f.getScope()), f.getNameAsString());
    } else if (node instanceof NullSafeFieldAccessExpr f) {
      property(f.getName(), Optional.empty(), f.getNameAsString());
    } else if (node instanceof MethodReferenceExpr r) {
      reference(r);
      return;
    } else if (node instanceof ObjectCreationExpr o) {
      creation(o);
    } else if (node instanceof ArrayCreationExpr a && (a.getInitializer().isEmpty()
        || a.getLevels().stream().anyMatch(l -> l.getDimension().isPresent()))) {
      refusals.refuse(a, null, Message.of("sandbox.array"));
    } else if (node instanceof AssignExpr a && !(a.getTarget() instanceof NameExpr)) {
      refusals.refuse(a, null, Message.of("sandbox.assign"));
    } else if (node instanceof UnaryExpr u && BoundedLoop.steps(u) && !(u.getExpression() instanceof NameExpr)) {
      refusals.refuse(u, null, Message.of("sandbox.step"));
    } else if (node instanceof ForStmt f) {
      BoundedLoop.problem(f).ifPresent(p -> refusals.refuse(f, "for", p));
    } else if (node instanceof BreakStmt b && b.getLabel().isPresent()
        || node instanceof ContinueStmt c && c.getLabel().isPresent()) {
      refusals.refuse(node, null, Message.of("sandbox.label"));
    } else if (node instanceof PointFreeExpr p) {
      operator(p, p.getOperator().asString());
    } else if (node instanceof HalfPointFreeExpr p) {
      operator(p, p.getOperator().asString());
    }
    Syntax.children(node).forEach(this::visit);
  }

  private void name(Node node, String name) {
    boolean known = locals.contains(name) || scope.variables().contains(name) || vocabulary.type(name).isPresent()
        || scope.condition() && vocabulary.property(name);
    if (!known) {
      refusals.refuse(node, name, Message.of("sandbox.name", name));
    }
  }

  private void call(Node node, Optional<Expression> receiver, String method) {
    if (receiver.isEmpty()) {
      if (scope.functions().contains(method)) {
        calledFunctions.add(method);
      } else if (!(scope.consequence() && "insert".equals(method))) {
        refusals.refuse(node, method, Message.of(scope.consequence() ? "sandbox.call.consequence" : "sandbox.call",
            method));
      }
      return;
    }
    Optional<Class<?>> type = staticType(receiver.get());
    boolean allowed = type.isPresent() ? vocabulary.method(type.get(), method) : vocabulary.method(method);
    if (!allowed) {
      refusals.refuse(node, method, type.map(t -> Message.of("sandbox.method.of", method, t.getSimpleName()))
          .orElse(Message.of("sandbox.method", method)));
    }
  }

  private void property(Node f, Optional<Class<?>> type, String name) {
    boolean allowed = type.isPresent() ? vocabulary.constant(type.get(), name) : vocabulary.property(name);
    if (!allowed) {
      refusals.refuse(f, name, type.map(t -> Message.of("sandbox.field.of", name, t.getSimpleName()))
          .orElse(Message.of("sandbox.field", name)));
    }
  }

  /** A dotted name: a type ({@code java.time.LocalDate}), a constant ({@code RegulationType.X}) or a property path. */
  private void qualified(FieldAccessExpr f, String dotted) {
    String first = dotted.substring(0, dotted.indexOf('.'));
    boolean variable = locals.contains(first) || scope.variables().contains(first);
    if (!variable && vocabulary.type(dotted).isPresent()) {
      return;
    }
    Optional<Class<?>> owner = variable ? Optional.empty() : qualifiedName(f.getScope()).flatMap(vocabulary::type);
    if (owner.isPresent()) {
      property(f.getName(), owner, f.getNameAsString());
    } else if (variable || scope.condition() && vocabulary.property(first) && vocabulary.type(first).isEmpty()) {
      property(f.getName(), Optional.empty(), f.getNameAsString());
      visit(f.getScope());
    } else {
      refusals.refuse(f, first, Message.of("sandbox.name", dotted));
    }
  }

  private void reference(MethodReferenceExpr r) {
    Optional<Class<?>> type = r.getScope() instanceof TypeExpr t ? vocabulary.type(t.getType().asString())
        : Optional.empty();
    if (type.isEmpty() || !vocabulary.method(type.get(), r.getIdentifier())) {
      refusals.refuse(r, r.getIdentifier(), Message.of("sandbox.reference", r.getIdentifier()));
    }
  }

  private void creation(ObjectCreationExpr o) {
    Optional<Class<?>> type = vocabulary.type(o.getType().getNameWithScope());
    if (o.getAnonymousClassBody().isPresent() || o.getScope().isPresent() || type.isEmpty()
        || !vocabulary.constructible(type.get())) {
      refusals.refuse(o, o.getType().getNameAsString(), Message.of("sandbox.create",
          o.getType().getNameWithScope()));
    }
  }

  private void type(ClassOrInterfaceType t) {
    if (vocabulary.type(t.getNameWithScope()).isEmpty()) {
      refusals.refuse(t, t.getNameAsString(), Message.of("sandbox.type", t.getNameWithScope()));
    }
  }

  private void operator(Node node, String operator) {
    if (!Syntax.OPERATORS.contains(operator)) {
      refusals.refuse(node, operator, Message.of("sandbox.operator", operator,
          String.join(", ", Syntax.OPERATORS.stream().sorted().toList())));
    }
  }

  /** The vocabulary type an expression names, when it names a type rather than a value. */
  private Optional<Class<?>> staticType(Expression e) {
    Optional<String> dotted = e instanceof NameExpr n ? Optional.of(n.getNameAsString())
        : e instanceof FieldAccessExpr f ? qualifiedName(f) : Optional.empty();
    if (dotted.isEmpty()) {
      return Optional.empty();
    }
    String first = dotted.get().split("\\.", 2)[0];
    if (locals.contains(first) || scope.variables().contains(first)) {
      return Optional.empty();
    }
    return vocabulary.type(dotted.get());
  }

  /** {@code a.b.c} if the expression is only names joined by dots. */
  static Optional<String> qualifiedName(Expression e) {
    if (e instanceof NameExpr n) {
      return Optional.of(n.getNameAsString());
    }
    if (e instanceof FieldAccessExpr f && f.getTypeArguments().isEmpty()) {
      return qualifiedName(f.getScope()).map(s -> s + "." + f.getNameAsString());
    }
    return Optional.empty();
  }
}
