package vn.qcdc.rulebase.sandbox;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.ModifyStatement;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.mvel.parser.ast.expr.WithStatement;
import vn.qcdc.i18n.Message;

/** The syntax rule code may use: an allow-list of syntax-tree nodes, and a plain reason for the common refusals. */
final class Syntax {

  /** The DRL operators a condition may use besides Java's ({@code matches} is left out: a regular expression can run
   *  for ever on a long text). */
  static final Set<String> OPERATORS = Set.of("contains", "excludes", "memberOf", "in");

  /** Every operator the condition parser knows, so that each is refused by name rather than by a parse error. */
  static final List<String> KNOWN_OPERATORS = List.of("contains", "excludes", "memberOf", "in", "matches",
      "soundslike", "str", "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets",
      "metby", "overlaps", "overlappedby", "starts", "startedby");

  private static final Set<Class<?>> ALLOWED = Set.of(
      NameExpr.class, DrlNameExpr.class, FieldAccessExpr.class, NullSafeFieldAccessExpr.class, MethodCallExpr.class,
      NullSafeMethodCallExpr.class, MethodReferenceExpr.class, TypeExpr.class, BinaryExpr.class, UnaryExpr.class,
      ConditionalExpr.class, EnclosedExpr.class, AssignExpr.class, CastExpr.class, InstanceOfExpr.class,
      TypePatternExpr.class, ObjectCreationExpr.class, ArrayCreationExpr.class,
      com.github.javaparser.ast.ArrayCreationLevel.class, ArrayInitializerExpr.class, ArrayAccessExpr.class,
      StringLiteralExpr.class, TextBlockLiteralExpr.class, IntegerLiteralExpr.class, LongLiteralExpr.class,
      DoubleLiteralExpr.class, BooleanLiteralExpr.class, CharLiteralExpr.class, NullLiteralExpr.class,
      VariableDeclarationExpr.class, SwitchExpr.class, DrlxExpression.class, PointFreeExpr.class,
      HalfBinaryExpr.class, HalfPointFreeExpr.class, InlineCastExpr.class,
      BlockStmt.class, ExpressionStmt.class, IfStmt.class, ForEachStmt.class, ForStmt.class, ReturnStmt.class,
      BreakStmt.class, ContinueStmt.class, EmptyStmt.class, SwitchStmt.class, SwitchEntry.class, YieldStmt.class,
      SimpleName.class, Name.class, VariableDeclarator.class, Parameter.class, Modifier.class,
      ClassOrInterfaceType.class, PrimitiveType.class, ArrayType.class, VarType.class, WildcardType.class,
      LineComment.class, BlockComment.class, JavadocComment.class);

  /** Why a construct is refused, by its kind: the keys of the message bundles and their argument (the word). */
  private static final Map<Class<?>, Message> REASONS = Map.ofEntries(
      Map.entry(WhileStmt.class, Message.of("sandbox.while")),
      Map.entry(DoStmt.class, Message.of("sandbox.do")),
      Map.entry(LambdaExpr.class, Message.of("sandbox.lambda")),
      Map.entry(ClassExpr.class, Message.of("sandbox.word", ".class")),
      Map.entry(ThisExpr.class, Message.of("sandbox.word", "this")),
      Map.entry(SuperExpr.class, Message.of("sandbox.word", "super")),
      Map.entry(TryStmt.class, Message.of("sandbox.statement", "try/catch")),
      Map.entry(ThrowStmt.class, Message.of("sandbox.statement", "throw")),
      Map.entry(SynchronizedStmt.class, Message.of("sandbox.statement", "synchronized")),
      Map.entry(ModifyStatement.class, Message.of("sandbox.factsUnchanged", "modify")),
      Map.entry(WithStatement.class, Message.of("sandbox.factsUnchanged", "with")));

  private Syntax() {}

  static boolean allowed(Node node) {
    return ALLOWED.contains(node.getClass());
  }

  static Message refusal(Node node) {
    return REASONS.getOrDefault(node.getClass(), Message.of("sandbox.syntax", node.getClass().getSimpleName()));
  }

  /** A node's children; Drools' condition nodes do not all list theirs, so those are named one by one. */
  static List<Node> children(Node node) {
    List<Node> out = new ArrayList<>();
    if (node instanceof DrlxExpression d) {
      out.add(d.getExpr());
    } else if (node instanceof PointFreeExpr p) {
      out.add(p.getLeft());
      out.addAll(p.getRight());
      out.add(p.getArg1());
      out.add(p.getArg2());
      out.add(p.getArg3());
      out.add(p.getArg4());
    } else if (node instanceof HalfPointFreeExpr p) {
      out.addAll(p.getRight());
    } else if (node instanceof HalfBinaryExpr h) {
      out.add(h.getRight());
    } else if (node instanceof InlineCastExpr c) {
      out.add(c.getType());
      out.add(c.getExpression());
    } else if (node instanceof NullSafeFieldAccessExpr f) {
      out.add(f.getScope());
      f.getTypeArguments().ifPresent(out::addAll);
    } else if (node instanceof NullSafeMethodCallExpr m) {
      m.getScope().ifPresent(out::add);
      out.addAll(m.getArguments());
      m.getTypeArguments().ifPresent(out::addAll);
    } else {
      out.addAll(node.getChildNodes());
    }
    out.removeIf(Objects::isNull);
    return out;
  }
}
