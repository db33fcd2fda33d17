package vn.policykb.web.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the API answers for an unknown id: a 404 problem detail saying what was not found. */
public final class NotFound {

  private NotFound() {}

  public static ResponseStatusException of(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
  }
}
