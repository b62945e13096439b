package io.mlmodel.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link AtomicWrites#writeFile} does around the rename so that replacing a file changes
 * nothing but its content: the old file's permissions (and owner and group, where this process
 * may set them) go to the new one, a read-only file is refused rather than silently replaced, and
 * temporary siblings of our own naming ({@code .NAME.<digits>.tmp}) that a killed writer left
 * behind are removed. Stateless and thread-safe.
 */
final class ReplacedFile {
  /** A temporary sibling younger than this may belong to a writer still at work. */
  static final Duration STALE_AFTER = Duration.ofSeconds(60);
  private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.[0-9]+\\.tmp");

  private ReplacedFile() {}

  /** The name of the file {@code name} is a temporary sibling of, when it follows our naming. */
  static Optional<String> tempSiblingOf(String name) {
    Matcher m = TEMP.matcher(name);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Refuses to replace {@code target} when its owner may not write it (mode without {@code u+w},
   * or the DOS read-only flag): the bits are checked, not access(2), so that root is refused too.
   */
  static void checkWritable(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (posix != null) {
      Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
      if (!permissions.contains(PosixFilePermission.OWNER_WRITE)) {
        throw new AccessDeniedException(target.toString(), null, "the file is read-only (mode "
            + PosixFilePermissions.toString(permissions) + "); make it writable (chmod u+w) to replace it");
      }
    } else if (Files.getFileAttributeView(target, DosFileAttributeView.class) != null
        && Files.readAttributes(target, DosFileAttributes.class).isReadOnly()) {
      throw new AccessDeniedException(target.toString(), null, "the file is read-only; clear the flag to replace it");
    }
  }

  /** Gives {@code tmp} the permissions of {@code target}, and its owner and group where allowed. */
  static void copyAttributes(Path target, Path tmp) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
    try {
      view.setGroup(old.group());
      view.setOwner(old.owner());
    } catch (IOException e) {
      // Only root may give a file away; an ordinary user's file keeps its own owner anyway.
    }
    view.setPermissions(old.permissions());
  }

  /** Deletes the temporary siblings of {@code target} older than {@link #STALE_AFTER}. */
  static void removeStale(Path target) throws IOException {
    String name = target.getFileName().toString();
    Instant cutoff = Instant.now().minus(STALE_AFTER);
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
        p -> tempSiblingOf(p.getFileName().toString()).filter(name::equals).isPresent())) {
      for (Path p : siblings) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(FileTime.from(cutoff)) < 0) {
          stale.add(p);
        }
      }
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }
}
