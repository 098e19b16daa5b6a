package vn.qcdc.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the demo import's progress in every page model, for the sign-in page's note while it runs. */
@ControllerAdvice
class DemoImportNotice {

  private final DemoImport status;

  DemoImportNotice(DemoImport status) {
    this.status = status;
  }

  @ModelAttribute("demoImport")
  DemoImport demoImport() {
    return status;
  }
}
