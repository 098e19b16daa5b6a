package vn.qcdc.rulebase.sandbox;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.Optional;
import vn.qcdc.i18n.Message;

/**
 * The one counting loop rule code may write: {@code for (int i = 1; i <= 14; i++)} with whole-number bounds written in
 * the file and a counter the body leaves alone, so that it always ends after a known number of turns.
 */
final class BoundedLoop {

  static final int MAX_TURNS = 10_000;

  private static final Message SHAPE = Message.of("sandbox.loop.shape");

  private BoundedLoop() {}

  /** Why {@code loop} is not a bounded counting loop, if it is not. */
  static Optional<Message> problem(ForStmt loop) {
    if (loop.getInitialization().size() != 1 || loop.getUpdate().size() != 1 || loop.getCompare().isEmpty()
        || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)
        || init.getVariables().size() != 1 || !init.getVariables().get(0).getType().asString().equals("int")) {
      return Optional.of(SHAPE);
    }
    String counter = init.getVariables().get(0).getNameAsString();
    Optional<Integer> from = init.getVariables().get(0).getInitializer().flatMap(BoundedLoop::literal);
    if (from.isEmpty() || !(loop.getCompare().get() instanceof BinaryExpr compare)
        || !isName(compare.getLeft(), counter) || literal(compare.getRight()).isEmpty()
        || compare.getOperator() != BinaryExpr.Operator.LESS
        && compare.getOperator() != BinaryExpr.Operator.LESS_EQUALS
        || !(loop.getUpdate().get(0) instanceof UnaryExpr step)
        || step.getOperator() != UnaryExpr.Operator.POSTFIX_INCREMENT
        && step.getOperator() != UnaryExpr.Operator.PREFIX_INCREMENT
        || !isName(step.getExpression(), counter) || changes(loop.getBody(), counter)) {
      return Optional.of(SHAPE);
    }
    long turns = (long) literal(compare.getRight()).get() - from.get() + 1;
    return turns > MAX_TURNS ? Optional.of(Message.of("sandbox.loop.turns", MAX_TURNS)) : Optional.empty();
  }

  private static boolean changes(Node body, String counter) {
    return body.findFirst(AssignExpr.class, a -> isName(a.getTarget(), counter)).isPresent()
        || body.findFirst(UnaryExpr.class, u -> steps(u) && isName(u.getExpression(), counter)).isPresent();
  }

  /** Whether {@code u} is {@code ++} or {@code --}, before or after. */
  static boolean steps(UnaryExpr u) {
    return switch (u.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }

  private static Optional<Integer> literal(Expression e) {
    if (e instanceof IntegerLiteralExpr i) {
      try {
        return Optional.of(i.asNumber().intValue());
      } catch (NumberFormatException ex) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
