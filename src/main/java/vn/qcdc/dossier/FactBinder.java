package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.facts.AdministrativeDossiers;
import vn.qcdc.dossier.facts.Dossier;

/**
 * Binds a streamed dossier to its facts: each record to its record class as it passes (its tree is then dropped),
 * the top level at the end, and the {@link Dossier} from both. The record class of each list is read from the
 * components of {@link Dossier} and {@link AdministrativeDossiers}, so a list added to the facts needs no table here.
 * A dossier that cannot be bound is refused for the first failure in document order, as binding it whole did.
 */
final class FactBinder {

  private static final String ADMIN = DossierStream.ADMIN;
  /** Shared: a mapper builds its deserializers on first use, which costs more than binding a dossier. */
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("dossier-dates").addDeserializer(LocalDate.class, new DateValues.Deserializer()))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  /** The record class of each list, by the list's key (the administrative dossiers' records: {@value #ADMIN}). */
  private static final Map<String, Class<?>> RECORD_CLASSES = recordClasses();
  /** The binder for each list's records, made once: it keeps the record class's deserializer at hand. */
  private static final Map<String, ObjectReader> RECORD_READERS = readers();

  private final Map<String, List<Object>> lists = new HashMap<>();
  /** Where each member of the objects read member by member begins, and where those objects end. */
  private final Map<String, Integer> places = new HashMap<>();
  private int place;
  private InvalidDossierException failure;
  private int failurePlace = Integer.MAX_VALUE;

  /** The record class of a record list's records, or null if the facts have no such list. */
  static Class<?> recordClass(String list) {
    return RECORD_CLASSES.get(list);
  }

  /** A member of the root or of the administrative dossiers begins at {@code path}. */
  void member(JsonPaths.At path) {
    places.put(path.toString(), place++);
  }

  /** The root or the administrative dossiers end at {@code path}. */
  void objectEnd(JsonPaths.At path) {
    places.put(path + "#end", place++);
  }

  void listStart(String list) {
    lists.put(list, new ArrayList<>());
  }

  void record(String list, JsonNode record, JsonPaths.At path) {
    int at = place++;
    if (failure != null) {
      return;
    }
    try {
      lists.get(list).add(RECORD_READERS.get(list).readValue(record));
    } catch (IOException e) {
      fail(rejection(path.toString(), e), at);
    }
  }

  /** The dossier from its top level (in which the streamed lists are empty) and the records bound. */
  Dossier dossier(JsonNode top) throws InvalidDossierException {
    try {
      Dossier bound = BINDER.treeToValue(top, Dossier.class);
      if (failure == null) {
        return assemble(bound);
      }
    } catch (IOException e) {
      fail(rejection(JsonPaths.ROOT, e), placeOf(e));
    }
    throw failure;
  }

  private void fail(InvalidDossierException rejection, int at) {
    if (at < failurePlace) {
      failure = rejection;
      failurePlace = at;
    }
  }

  /** Where in the document binding the top level failed: at a member, or at the end of the object that failed. */
  private int placeOf(IOException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return places.getOrDefault(JsonPaths.ROOT + "#end", place);
    }
    List<JsonMappingException.Reference> steps = mapping.getPath();
    String member = JsonPaths.field(JsonPaths.ROOT, String.valueOf(steps.get(0).getFieldName()));
    if (places.containsKey(member + "#end")) {
      String inner = steps.size() > 1 && steps.get(1).getFieldName() != null
          ? JsonPaths.field(member, steps.get(1).getFieldName()) : member + "#end";
      return places.getOrDefault(inner, places.get(member + "#end"));
    }
    return places.getOrDefault(member, place);
  }

  private Dossier assemble(Dossier top) {
    Map<String, Object> streamed = new LinkedHashMap<>(lists);
    if (lists.containsKey(ADMIN)) {
      streamed.put(ADMIN, with(top.administrativeDossiers(), Map.of(DossierStream.ADMIN_RECORDS, lists.get(ADMIN))));
    }
    return with(top, streamed);
  }

  /** A copy of the record with the components named in {@code replaced} replaced. */
  private static <R extends Record> R with(R record, Map<String, Object> replaced) {
    try {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        values[i] = replaced.containsKey(name) ? replaced.get(name) : components[i].getAccessor().invoke(record);
        types[i] = components[i].getType();
      }
      @SuppressWarnings("unchecked")
      R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the facts are records with public canonical constructors", e);
    }
  }

  /** {@code base}: the path of the tree that was bound (a record's, or the root's). */
  private static InvalidDossierException rejection(String base, IOException e) {
    String path = JsonPaths.ROOT;
    String reason = e.getMessage();
    if (e instanceof JsonMappingException mapping) {
      path = base;
      for (JsonMappingException.Reference step : mapping.getPath()) {
        path = step.getFieldName() != null
            ? JsonPaths.field(path, step.getFieldName())
            : JsonPaths.index(path, step.getIndex());
      }
      reason = mapping.getOriginalMessage();
    }
    return new InvalidDossierException(List.of(new DossierProblem(path, "cannot be read: " + reason)));
  }

  private static Map<String, ObjectReader> readers() {
    Map<String, ObjectReader> readers = new HashMap<>();
    RECORD_CLASSES.forEach((list, type) -> readers.put(list, BINDER.readerFor(type)));
    return Map.copyOf(readers);
  }

  private static Map<String, Class<?>> recordClasses() {
    Map<String, Class<?>> classes = new HashMap<>();
    for (RecordComponent component : Dossier.class.getRecordComponents()) {
      if (component.getGenericType() instanceof ParameterizedType list && component.getType() == List.class) {
        classes.put(component.getName(), (Class<?>) list.getActualTypeArguments()[0]);
      }
    }
    for (RecordComponent component : AdministrativeDossiers.class.getRecordComponents()) {
      if (component.getName().equals(DossierStream.ADMIN_RECORDS)) {
        classes.put(ADMIN, (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]);
      }
    }
    return Map.copyOf(classes);
  }
}
