package vn.qcdc.assessment;

import java.util.List;

/** Finds the appraisals of an evaluation, oldest first (implemented by the review feature). */
public interface AppraisalLookup {

  List<Appraised> of(long evaluationId);
}
