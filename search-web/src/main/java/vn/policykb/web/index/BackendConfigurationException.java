package vn.policykb.web.index;

/** A backend configuration the application cannot start with: its message says what to change. */
public final class BackendConfigurationException extends RuntimeException {

  public BackendConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
