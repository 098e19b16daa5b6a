package archfixture;

import org.springframework.stereotype.Controller;
import vn.qcdc.assessment.EvaluationRepository;

/**
 * Test fixture for the architecture rules, never loaded (outside vn.qcdc, so no test context scans it): a page
 * controller that reaches into storage, which the rules must refuse.
 */
@Controller
final class StoragePageFixture {

  EvaluationRepository evaluations;
}
