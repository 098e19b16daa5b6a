package vn.qcdc.commune;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** The registered communes as the pages read them: one, all, and a commune with those merged into it. */
@Service
public class Communes {

  private final CommuneRepository repository;

  Communes(CommuneRepository repository) {
    this.repository = repository;
  }

  public List<Commune> all() {
    return repository.findAll();
  }

  public Optional<Commune> find(String code) {
    return repository.find(code);
  }

  /** The commune, or a 404 page. */
  public Commune get(String code) {
    return repository.find(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no commune " + code));
  }

  /** The commune and every commune merged into it, directly or not. */
  public Set<String> lineage(String code) {
    return repository.lineage(code);
  }
}
