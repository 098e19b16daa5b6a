package vn.qcdc.pages;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import vn.qcdc.assessment.Appraised;

/**
 * Records an appraisal through the review feature's own service, so the page and the API check and regrade alike.
 * That service is package-private today; until it gets a public entry point this bridge calls it reflectively
 * (TODO for the review owner: make {@code AppraisalService.appraise} public and replace this class by a plain call).
 */
@Component
class Appraiser {

  private final Object service;
  private final Method appraise;
  private final Constructor<?> request;

  Appraiser(ApplicationContext context) throws ReflectiveOperationException {
    Class<?> type = Class.forName("vn.qcdc.review.AppraisalService");
    Class<?> requestType = Class.forName("vn.qcdc.review.AppraisalRequest");
    this.service = context.getBean(type);
    this.appraise = type.getDeclaredMethod("appraise", long.class, requestType);
    this.appraise.setAccessible(true);
    this.request = requestType.getDeclaredConstructor(String.class, BigDecimal.class, String.class);
    this.request.setAccessible(true);
  }

  Appraised appraise(long evaluationId, String criterion, BigDecimal points, String reason) {
    try {
      return (Appraised) appraise.invoke(service, evaluationId, request.newInstance(criterion, points, reason));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the review feature's appraisal service changed shape", e);
    }
  }
}
