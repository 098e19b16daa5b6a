package vn.qcdc.rulebase.sandbox;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.List;
import java.util.Optional;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * One rule file's text as the checks see it: its name for the problems, and the arithmetic that turns a construct,
 * a piece of code inside it, or a word inside that, into the file's own line and column.
 */
final class SourceText {

  /** A place in the file: 1-based line and column. */
  record Position(int line, int column) {}

  private final String file;
  private final String text;
  private final List<RuleSetProblem> problems;

  SourceText(String file, String text, List<RuleSetProblem> problems) {
    this.file = file;
    this.text = text;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  String text() {
    return text;
  }

  void refuse(Position at, Message message) {
    RuleSetProblem problem = RuleSetProblem.of(file, at.line(), at.column(), message);
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  /** Refuses a construct; {@code token}, when given, is looked up from the construct's start for a closer column. */
  void refuse(BaseDescr where, String token, Message message) {
    int start = where.getStartCharacter();
    int at = token == null || start < 0 ? -1 : indexOutsideStrings(text, token, start);
    refuse(at >= 0 ? position(at) : descrPosition(where), message);
  }

  /** Parses a block of Java (a consequence, a function body) that starts at {@code at}; null after refusing it. */
  Node block(BaseDescr where, String code, Position at) {
    try {
      return StaticJavaParser.parseBlock("{" + code + "\n}");
    } catch (ParseProblemException e) {
      Node drools = droolsBlock(code);
      if (drools != null) {
        return drools;
      }
      Position p = e.getProblems().stream().flatMap(x -> x.getLocation().stream())
          .map(l -> l.getBegin().getRange().map(r -> r.begin)).flatMap(Optional::stream).findFirst()
          .map(b -> shift(at, b.line, b.column)).orElse(at);
      refuse(p, Message.of("sandbox.java.syntax", e.getProblems().get(0).getMessage().lines().findFirst()
          .orElse("")));
      return null;
    }
  }

  /** A block Java cannot read may still be Drools' own ({@code modify}, {@code with}): read so it is refused by name. */
  private static Node droolsBlock(String code) {
    try {
      return MvelParser.parseBlock("{" + code + "\n}");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Parses a condition's expression; null after refusing it. The condition parser may stop early without a word and
   * leave the rest unread, so the expression is read inside parentheses: the closing one must then be reached.
   */
  DrlxExpression condition(BaseDescr where, String expression) {
    try {
      return RuleFileCheck.parseCondition("(" + expression + "\n)");
    } catch (RuntimeException e) {
      refuse(where, null, Message.of("sandbox.condition", expression.strip(),
          String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
      return null;
    }
  }

  /** Refusals inside a block parsed by {@link #block}: the parser's positions, moved to the file. */
  CodeCheck.Refusals refusalsAt(Position at) {
    return (node, token, message) -> refuse(node.getRange().map(r -> shift(at, r.begin.line, r.begin.column))
        .orElse(at), message);
  }

  /** Refusals inside a condition (whose nodes carry no position): the word is looked up in the condition's text. */
  CodeCheck.Refusals refusalsIn(BaseDescr where, String expression) {
    return (node, token, message) -> {
      int base = where.getStartCharacter() < 0 ? -1 : text.indexOf(expression, where.getStartCharacter());
      int at = base < 0 || token == null ? -1 : indexOutsideStrings(text, token, base);
      refuse(at >= 0 ? position(at) : descrPosition(where), message);
    };
  }

  /** Where a piece of code of a construct (a consequence, a function's body) starts in the file. */
  Position codePosition(BaseDescr where, String code) {
    int at = where.getStartCharacter() < 0 ? -1 : text.indexOf(code, where.getStartCharacter());
    return at >= 0 ? position(at) : descrPosition(where);
  }

  Position position(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }

  private static Position descrPosition(BaseDescr d) {
    return new Position(Math.max(d.getLine(), 1), Math.max(d.getColumn(), 0) + 1);
  }

  /** A position inside code parsed as {@code "{" + code}, moved to the file where the code starts at {@code at}. */
  private static Position shift(Position at, int line, int column) {
    return line <= 1 ? new Position(at.line(), at.column() + Math.max(column - 2, 0))
        : new Position(at.line() + line - 1, column);
  }

  /** The first index of {@code token} at or after {@code from} that is not inside a string literal, or -1. */
  static int indexOutsideStrings(String text, String token, int from) {
    boolean inString = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && inString) {
        i++;
      } else if (c == '"') {
        inString = !inString;
      } else if (!inString && text.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  static String describe(BaseDescr d) {
    return d.getClass().getSimpleName().replace("Descr", "");
  }
}
