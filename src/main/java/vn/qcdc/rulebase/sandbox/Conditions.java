package vn.qcdc.rulebase.sandbox;

import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import vn.qcdc.i18n.Message;

/** The rule's conditions: the constructs are checked while walking, the code once every binding is known. */
final class Conditions {

  private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
      "collectList", "collectSet");

  private final RuleFileCheck file;
  private final SourceText source;
  private final Set<String> functions;
  private final Set<String> bound;
  private final List<Runnable> code = new ArrayList<>();

  Conditions(RuleFileCheck file, SourceText source, Set<String> functions, Set<String> bound) {
    this.file = file;
    this.source = source;
    this.functions = functions;
    this.bound = bound;
  }

  void walk(BaseDescr d) {
    if (d instanceof AnnotatedBaseDescr a) {
      file.annotations(a);
    }
    if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
        || d instanceof ForallDescr) {
      ((ConditionalElementDescr) d).getDescrs().forEach(x -> walk((BaseDescr) x));
    } else if (d instanceof PatternDescr p) {
      pattern(p);
    } else if (d instanceof EvalDescr e) {
      expression(e, String.valueOf(e.getContent()));
    } else if (d instanceof ExprConstraintDescr c) {
      expression(c, c.getExpression());
    } else if (d instanceof BindingDescr b) {
      bound.add(b.getVariable());
      expression(b, b.getExpression());
    } else {
      source.refuse(d, null, RuleFileCheck.refusal(SourceText.describe(d)));
    }
  }

  private void pattern(PatternDescr p) {
    if (p.getIdentifier() != null) {
      bound.add(p.getIdentifier());
    }
    if (p.isQuery()) {
      source.refuse(p, p.getObjectType(), RuleFileCheck.refusal("query"));
    }
    file.typeName(p, p.getObjectType());
    if (!p.getBehaviors().isEmpty()) {
      source.refuse(p, "over", RuleFileCheck.refusal("window"));
    }
    p.getDescrs().forEach(this::walk);
    if (p.getSource() instanceof FromDescr from) {
      expression(p, from.getDataSource().getText());
    } else if (p.getSource() instanceof AccumulateDescr acc) {
      accumulate(p, acc);
    } else if (p.getSource() instanceof CollectDescr collect) {
      walk(collect.getInputPattern());
    } else if (p.getSource() != null) {
      source.refuse(p, null, RuleFileCheck.refusal(SourceText.describe(p.getSource())));
    }
  }

  private void accumulate(PatternDescr target, AccumulateDescr acc) {
    if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getReverseCode() != null
        || acc.getResultCode() != null || !acc.isExternalFunction()) {
      source.refuse(target, "accumulate", Message.of("sandbox.accumulate.code",
          String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList())));
      return;
    }
    walk(acc.getInput());
    for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
      if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
        source.refuse(target, f.getFunction(), Message.of("sandbox.accumulate.function", f.getFunction(),
            String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList())));
      }
      if (f.getBind() != null) {
        bound.add(f.getBind());
      }
      for (String param : f.getParams()) {
        expression(target, param);
      }
    }
  }

  private void expression(BaseDescr where, String text) {
    DrlxExpression parsed = source.condition(where, text);
    if (parsed == null) {
      return;
    }
    binds(parsed);
    code.add(() -> new CodeCheck(new CodeCheck.Scope(bound, functions, false, true), source.refusalsIn(where, text))
        .check(parsed));
  }

  void check() {
    code.forEach(Runnable::run);
  }

  /** The variables a condition binds ({@code $id : id}), wherever the parser put them. */
  private void binds(Node node) {
    if (node instanceof DrlxExpression d && d.getBind() != null) {
      bound.add(d.getBind().asString());
    }
    Syntax.children(node).forEach(this::binds);
  }
}
