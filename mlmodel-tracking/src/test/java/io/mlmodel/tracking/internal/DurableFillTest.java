package io.mlmodel.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cache fill is synced to the disk before the rename that publishes it (power-loss safety). */
class DurableFillTest {
  private static final String KEY = "runs:/r1/model";
  @TempDir Path root;

  private record Op(String kind, Path path) {}

  /** The disk, recording each step; {@code crashAt} stops before the n-th step, as a power loss would. */
  private static final class Recording extends Durable {
    final List<Op> ops = new ArrayList<>();
    final int crashAt;

    Recording(int crashAt) {
      this.crashAt = crashAt;
    }

    private void step(String kind, Path p) {
      if (ops.size() == crashAt) {
        throw new PowerLoss();
      }
      ops.add(new Op(kind, p));
    }

    @Override
    void syncFile(Path file) throws IOException {
      step("file", file);
      super.syncFile(file);
    }

    @Override
    void syncDirectory(Path dir) {
      step("dir", dir);
      super.syncDirectory(dir);
    }

    @Override
    void move(Path tmp, Path entry) throws IOException {
      step("move", tmp);
      super.move(tmp, entry);
    }
  }

  /** Not an exception: the fill must not get to clean up, as a process that lost power would not. */
  private static final class PowerLoss extends Error {
    private static final long serialVersionUID = 1L;
  }

  private Path fill(Durable disk) {
    return new ModelCache(root, new Eviction(root.getParent(), 0), disk).fill(KEY, "mlflow-artifacts:/0/r1/artifacts/model", data -> {
      try {
        Path model = Files.createDirectories(data.resolve("model").resolve("sub"));
        Files.writeString(data.resolve("model").resolve("MLmodel"), "flavors: {}\n");
        Files.write(model.resolve("w.bin"), new byte[4096]);
        return new Downloader.Fetched(data.resolve("model"), 4108, 2);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Regression: the entry was renamed into place with nothing synced, so a power loss could tear its files under a valid entry.json. */
  @Test
  void everyFileAndFolderIsSyncedBeforeTheRenameThatPublishesTheEntry() {
    Recording disk = new Recording(-1);
    Path result = fill(disk);
    assertThat(result.resolve("sub").resolve("w.bin")).hasSize(4096);
    List<String> kinds = disk.ops.stream().map(Op::kind).toList();
    int move = kinds.indexOf("move");
    assertThat(move).as("the rename happens, once").isPositive().isEqualTo(kinds.lastIndexOf("move"));
    Path tmp = disk.ops.get(move).path();
    List<Op> before = disk.ops.subList(0, move);
    assertThat(before).allMatch(o -> o.path().startsWith(tmp), "before the rename only the download is synced");
    assertThat(relative(tmp, before, "file")).containsExactlyInAnyOrder("entry.json", "data/model/MLmodel", "data/model/sub/w.bin");
    assertThat(relative(tmp, before, "dir")).containsExactlyInAnyOrder("", "data", "data/model", "data/model/sub");
    for (int i = 0; i < before.size(); i++) {
      Path dir = before.get(i).path();
      if (before.get(i).kind().equals("dir")) {
        assertThat(before.subList(i + 1, before.size())).as("%s is synced after everything in it", dir)
            .noneMatch(later -> later.path().startsWith(dir) && !later.path().equals(dir));
      }
    }
    assertThat(disk.ops.subList(move + 1, disk.ops.size())).as("after the rename, the folder that received it")
        .containsExactly(new Op("dir", root.resolve("entries")));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
  void aPowerLossAtAnyStepLeavesNoEntryOrAWholeOne(int step) {
    assertThatThrownBy(() -> fill(new Recording(step))).isInstanceOf(PowerLoss.class);
    ModelCache after = new ModelCache(root, new Eviction(root.getParent(), 0));
    boolean published = step == 8; // only the last step, the sync of entries/, follows the rename
    assertThat(after.lookup(KEY).isPresent()).as("an entry after a loss at step %d", step).isEqualTo(published);
    Path again = fill(Durable.SYSTEM);
    assertThat(again.resolve("sub").resolve("w.bin")).hasSize(4096);
  }

  private static Set<String> relative(Path tmp, List<Op> ops, String kind) {
    return ops.stream().filter(o -> o.kind().equals(kind)).map(o -> tmp.relativize(o.path()).toString().replace('\\', '/'))
        .collect(Collectors.toSet());
  }
}
