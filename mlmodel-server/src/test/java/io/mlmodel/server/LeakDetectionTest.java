package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerMain#disableLeakDetectionUnlessAsked()}: what the launchers (ServerMain, {@code mlmodel
 * serve}) do to Netty's leak detection, a JVM-wide setting. Each test starts from Netty's default
 * level with neither property set, and puts back what it found.
 */
class LeakDetectionTest {
  private static final String LEVEL = "io.netty.leakDetection.level";
  private static final String OLD_LEVEL = "io.netty.leakDetectionLevel";
  private ResourceLeakDetector.Level before;
  private String beforeLevel;
  private String beforeOldLevel;

  @BeforeEach
  void defaults() {
    before = ResourceLeakDetector.getLevel();
    beforeLevel = System.getProperty(LEVEL);
    beforeOldLevel = System.getProperty(OLD_LEVEL);
    System.clearProperty(LEVEL);
    System.clearProperty(OLD_LEVEL);
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);
  }

  @AfterEach
  void restore() {
    ResourceLeakDetector.setLevel(before);
    restore(LEVEL, beforeLevel);
    restore(OLD_LEVEL, beforeOldLevel);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void withoutAPropertyLeakDetectionIsTurnedOffAndThePropertySaysSo() {
    assertThat(ServerMain.disableLeakDetectionUnlessAsked()).isTrue();
    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.DISABLED);
    assertThat(System.getProperty(LEVEL)).isEqualTo("disabled");
  }

  @Test
  void aLevelAskedForOnTheCommandLineIsKept() {
    System.setProperty(LEVEL, "paranoid");
    assertThat(ServerMain.disableLeakDetectionUnlessAsked()).isFalse();
    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.SIMPLE);
    assertThat(System.getProperty(LEVEL)).isEqualTo("paranoid");
  }

  @Test
  void nettysOlderPropertyNameIsHonouredToo() {
    System.setProperty(OLD_LEVEL, "advanced");
    assertThat(ServerMain.disableLeakDetectionUnlessAsked()).isFalse();
    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.SIMPLE);
    assertThat(System.getProperty(LEVEL)).isNull();
  }
}
