package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The model registry of a local tracking folder: {@code mlruns/models/<name>/} with its {@code
 * meta.yaml}, {@code version-<N>/meta.yaml} folders and {@code aliases/<alias>} files. Obtained from
 * {@link TrackingStore#registry()}; immutable and thread-safe; nothing is cached. Lookups that find
 * nothing throw a {@link ModelException} of code {@code not-found} that lists what does exist.
 */
public final class ModelRegistry {
  /** The stages MLflow knows, in its order; stage names are matched ignoring case. */
  public static final List<String> STAGES = List.of("None", "Staging", "Production", "Archived");

  private final TrackingStore store;

  ModelRegistry(TrackingStore store) {
    this.store = store;
  }

  /**
   * Every registered model, by name.
   *
   * @return an unmodifiable list of the folders of {@code models/} that hold a meta.yaml, in
   *     folder-name order; empty when there is no {@code models/} folder
   * @throws ModelException code {@code not-found} when the tracking folder does not exist, or the
   *     errors of a broken meta.yaml (see {@link StoreMeta#read(Path)})
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public List<RegisteredModelMeta> models() {
    return Listing.folders(store.requireRoot().resolve("models")).stream()
        .filter(d -> Files.isRegularFile(d.resolve("meta.yaml")))
        .map(d -> RegisteredModelMeta.from(store.read(d.resolve("meta.yaml"))))
        .toList();
  }

  /**
   * The registered model called {@code name}.
   *
   * @param name the registered model name, exactly as registered (it is the folder name)
   * @return the model's meta.yaml
   * @throws ModelException code {@code not-found} (listing the registered models) when there is no
   *     registered model {@code name}, or the errors of a broken meta.yaml
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public RegisteredModelMeta model(String name) {
    return RegisteredModelMeta.from(store.read(dir(name).resolve("meta.yaml")));
  }

  /**
   * The versions of a registered model, oldest first, without deleted ones.
   *
   * @param name the registered model name
   * @return an unmodifiable list of the {@code version-<N>} folders' records, by version number,
   *     without those in stage {@code Deleted_Internal}; empty when the model has no version
   * @throws ModelException code {@code not-found} (listing the registered models) when there is no
   *     registered model {@code name}, or the errors of a broken meta.yaml
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public List<ModelVersionMeta> versions(String name) {
    return Listing.folders(dir(name)).stream()
        .filter(d -> d.getFileName().toString().startsWith("version-"))
        .filter(d -> Files.isRegularFile(d.resolve("meta.yaml")))
        .map(d -> ModelVersionMeta.from(store.read(d.resolve("meta.yaml"))))
        .filter(v -> !v.deleted())
        .sorted(Comparator.comparingLong(ModelVersionMeta::version))
        .toList();
  }

  /**
   * One version of a registered model.
   *
   * @param name the registered model name
   * @param version the version number
   * @return that version's meta.yaml
   * @throws ModelException code {@code not-found} when there is no such model, or no such version
   *     or it was deleted (listing the versions there are), or the errors of a broken meta.yaml
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public ModelVersionMeta version(String name, long version) {
    Path meta = dir(name).resolve("version-" + version).resolve("meta.yaml");
    if (Files.isRegularFile(meta)) {
      ModelVersionMeta v = ModelVersionMeta.from(store.read(meta));
      if (!v.deleted()) {
        return v;
      }
    }
    throw Listing.notFound(dir(name), "registered model '" + name + "' has no version " + version
        + "; versions: " + Listing.join(versions(name).stream().map(v -> v.version() + " (" + v.currentStage() + ")").toList()));
  }

  /**
   * The newest version.
   *
   * @param name the registered model name
   * @return the version with the highest number that is not deleted, whatever its stage
   * @throws ModelException code {@code not-found} when there is no such model or it has no version
   *     left, or the errors of a broken meta.yaml
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public ModelVersionMeta latest(String name) {
    List<ModelVersionMeta> all = versions(name);
    if (all.isEmpty()) {
      throw Listing.notFound(dir(name), "registered model '" + name + "' has no versions");
    }
    return all.get(all.size() - 1);
  }

  /**
   * The newest version in {@code stage} (one of {@link #STAGES}, in any case).
   *
   * @param name the registered model name
   * @param stage the stage, such as {@code Production} or {@code production}
   * @return the version with the highest number whose stage is {@code stage}, ignoring case
   * @throws ModelException code {@code bad-uri} (MLflow's message) when {@code stage} is not one
   *     of {@link #STAGES}; code {@code not-found} when there is no such model or no version in
   *     that stage (listing the versions and their stages), or the errors of a broken meta.yaml
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public ModelVersionMeta latestInStage(String name, String stage) {
    String canonical = STAGES.stream().filter(s -> s.equalsIgnoreCase(stage)).findFirst()
        .orElseThrow(() -> new ModelException("bad-uri", Location.of(dir(name)), "Invalid Model Version stage: "
            + stage + ". Value must be one of " + String.join(", ", STAGES) + "."));
    List<ModelVersionMeta> all = versions(name);
    Optional<ModelVersionMeta> found = all.stream().filter(v -> v.currentStage().equalsIgnoreCase(canonical))
        .reduce((a, b) -> b);
    return found.orElseThrow(() -> Listing.notFound(dir(name), "registered model '" + name
        + "' has no version in stage '" + canonical + "'; versions: "
        + Listing.join(all.stream().map(v -> v.version() + " (" + v.currentStage() + ")").toList())));
  }

  /**
   * The aliases of a registered model, alias to version: the {@code aliases/} folder, or where a
   * store has none, the snapshot in the model's meta.yaml.
   *
   * @param name the registered model name
   * @return an unmodifiable map of alias to version number: from the {@code aliases/} folder in
   *     alias-name order (an alias may point at a deleted version); else {@link
   *     RegisteredModelMeta#aliasSnapshot()}; empty when the model has no alias
   * @throws ModelException code {@code not-found} (listing the registered models) when there is no
   *     registered model {@code name}; code {@code bad-value} when an alias file does not hold a
   *     version number; the errors of a broken meta.yaml
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public Map<String, Long> aliases(String name) {
    Path folder = dir(name).resolve("aliases");
    if (!Files.isDirectory(folder)) {
      return model(name).aliasSnapshot();
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (String alias : Listing.names(folder)) {
      if (Files.isRegularFile(folder.resolve(alias))) {
        out.put(alias, aliasFile(folder.resolve(alias)));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The version an alias points at; the reserved alias {@code latest} is the newest version.
   *
   * @param name the registered model name
   * @param alias the alias, matched exactly; {@code latest} in any case means {@link #latest} when
   *     no alias of that exact name exists
   * @return the version the alias points at
   * @throws ModelException code {@code not-found} when there is no such model, no such alias
   *     (listing the aliases) or the version it points at is gone or deleted; the errors of {@link
   *     #aliases(String)}
   * @throws UncheckedIOException when a folder or file cannot be read
   */
  public ModelVersionMeta alias(String name, String alias) {
    Map<String, Long> aliases = aliases(name);
    Long version = aliases.get(alias);
    if (version == null && alias.toLowerCase(Locale.ROOT).equals("latest")) {
      return latest(name);
    }
    if (version == null) {
      throw Listing.notFound(dir(name), "registered model '" + name + "' has no alias '" + alias + "'; aliases: "
          + Listing.join(aliases.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue()).toList()));
    }
    return version(name, version);
  }

  /** The registered model's folder; a name that has none is {@code not-found}. */
  Path dir(String name) {
    Path models = store.requireRoot().resolve("models");
    try {
      if (TrackingStore.isName(name.replace(":", "_"))) {
        Path dir = models.resolve(name);
        if (Files.isRegularFile(dir.resolve("meta.yaml"))) {
          return dir;
        }
      }
    } catch (InvalidPathException e) {
      // Not a name this file system can hold: certainly not registered here.
    }
    throw Listing.notFound(models, "no registered model '" + name + "'; registered models: "
        + Listing.join(models().stream().map(RegisteredModelMeta::name).toList()));
  }

  private static long aliasFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      // An alias file holds a version number: a few bytes. Read no more than can matter.
      String text = new String(in.readNBytes(64), StandardCharsets.UTF_8).strip();
      if (UriParser.isDigits(text) && text.length() <= 18) {
        return Long.parseLong(text);
      }
      throw new ModelException("bad-value", new Location(file, 1, 1, ""),
          "an alias file must hold a version number, found '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
