package io.mlmodel.write;

import io.mlmodel.yaml.PyYamlResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * PyYAML's {@code SafeRepresenter} and {@code Serializer} in one pass over a plain Java tree,
 * feeding snakeyaml-engine's {@link Emitter} (a port of PyYAML's emitter). Collections that occur
 * twice in the tree (same instance) get PyYAML's anchors {@code &id001}/{@code *id001}. One
 * instance per document; not thread-safe.
 */
final class EventWriter {
  static final int MAX_DEPTH = 500;
  private static final Tag SET = Tag.SET;

  private final boolean sortKeys;
  private final EscapeFixingOutput output = new EscapeFixingOutput();
  private final Emitter emitter;
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();
  private final Map<Object, Anchor> anchors = new IdentityHashMap<>();
  private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Object> emitted = Collections.newSetFromMap(new IdentityHashMap<>());

  EventWriter(boolean sortKeys) {
    this.sortKeys = sortKeys;
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(2)
        .setIndicatorIndent(0)
        .setWidth(80)
        .setSplitLines(true)
        .setBestLineBreak("\n")
        .setUseUnicodeEncoding(false)
        .setMaxSimpleKeyLength(EmitterCompensation.KEY_LIMIT)
        .build();
    this.emitter = new Emitter(settings, output);
  }

  /** The whole document for {@code root}. */
  String write(@Nullable Object root) {
    scan(root, "", 0);
    emitter.emit(new StreamStartEvent());
    emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    node(root, "");
    emitter.emit(new DocumentEndEvent(false));
    emitter.emit(new StreamEndEvent());
    String text = output.toString();
    // PyYAML marks a plain root scalar as open-ended and closes the stream with "...".
    if (Represented.isScalar(root) && !text.startsWith("'") && !text.startsWith("\"") && !text.startsWith("!")) {
      text += "...\n";
    }
    return text;
  }

  /** PyYAML's Serializer.anchor_node: an anchor for each collection met a second time. */
  private void scan(@Nullable Object value, String path, int depth) {
    if (Represented.isScalar(value) || isEmpty(value)) {
      return;
    }
    if (open.contains(value)) {
      throw new IllegalArgumentException(at(path) + "the tree contains itself; recursive data cannot be written");
    }
    if (seen.containsKey(value)) {
      anchors.computeIfAbsent(value, v -> new Anchor(String.format("id%03d", anchors.size() + 1)));
      return;
    }
    if (depth >= MAX_DEPTH) {
      throw new IllegalArgumentException(at(path) + "the tree is nested more than " + MAX_DEPTH + " levels deep");
    }
    seen.put(value, Boolean.TRUE);
    open.add(value);
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        scan(list.get(i), path + "[" + i + "]", depth + 1);
      }
    } else {
      for (Map.Entry<?, ?> e : entries(value, path)) {
        scan(e.getValue(), child(path, e.getKey()), depth + 1);
      }
    }
    open.remove(value);
  }

  private void node(@Nullable Object value, String path) {
    if (Represented.isScalar(value)) {
      Represented r = represent(value, path);
      scalar(r, Optional.of(r.tag().getValue()));
      return;
    }
    Optional<Anchor> anchor = Optional.ofNullable(anchors.get(value));
    if (anchor.isPresent() && !emitted.add(value)) {
      emitter.emit(new AliasEvent(anchor));
      return;
    }
    if (value instanceof List<?> list) {
      emitter.emit(new SequenceStartEvent(anchor, Optional.of(Tag.SEQ.getValue()), true, FlowStyle.BLOCK));
      for (int i = 0; i < list.size(); i++) {
        node(list.get(i), path + "[" + i + "]");
      }
      emitter.emit(new SequenceEndEvent());
      return;
    }
    Tag tag = value instanceof Set ? SET : Tag.MAP;
    emitter.emit(new MappingStartEvent(anchor, Optional.of(tag.getValue()), tag == Tag.MAP, FlowStyle.BLOCK));
    for (Map.Entry<?, ?> e : entries(value, path)) {
      Represented key = represent(e.getKey(), path);
      scalar(key, EmitterCompensation.keyTag(key));
      node(e.getValue(), child(path, e.getKey()));
    }
    emitter.emit(new MappingEndEvent());
  }

  private void scalar(Represented r, Optional<String> tag) {
    Tag detected = PyYamlResolver.resolvePlain(r.text());
    ImplicitTuple implicit = new ImplicitTuple(
        r.tag().equals(detected == null ? Tag.STR : detected), r.tag().equals(Tag.STR));
    emitter.emit(new ScalarEvent(Optional.empty(), tag, implicit,
        EmitterCompensation.lineBreaks(r.text(), output), r.style()));
  }

  private Represented represent(@Nullable Object value, String path) {
    try {
      return Represented.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at(path) + e.getMessage(), e);
    }
  }

  private List<Map.Entry<?, ?>> entries(Object collection, String path) {
    Map<?, ?> map;
    if (collection instanceof Set<?> set) {
      Map<Object, Object> asMap = new LinkedHashMap<>();
      set.forEach(k -> asMap.put(k, null));
      map = asMap;
    } else if (collection instanceof Map<?, ?> m) {
      map = m;
    } else {
      throw new IllegalArgumentException(at(path) + Represented.unsupported(collection));
    }
    for (Object key : map.keySet()) {
      if (!Represented.isScalar(key)) {
        throw new IllegalArgumentException(at(path) + "a mapping key must be a scalar, not a "
            + key.getClass().getName());
      }
    }
    return sortKeys ? PythonOrder.sorted(map) : new ArrayList<>(map.entrySet());
  }

  private static boolean isEmpty(@Nullable Object value) {
    return value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()
        || value instanceof Set<?> s && s.isEmpty();
  }

  private static String child(String path, @Nullable Object key) {
    return path.isEmpty() ? String.valueOf(key) : path + "." + key;
  }

  private static String at(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }
}
