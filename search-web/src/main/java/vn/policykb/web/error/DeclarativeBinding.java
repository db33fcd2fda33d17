package vn.policykb.web.error;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Parameters bind to the constructor of a parameter record and nothing else: a name such as
 * {@code lang.x} or {@code q[0]} is no property path into the record, only a parameter no endpoint
 * takes.
 */
@ControllerAdvice
class DeclarativeBinding {

  @InitBinder
  void constructorOnly(WebDataBinder binder) {
    binder.setDeclarativeBinding(true);
  }
}
