package io.mlmodel.validate;

import java.util.List;

/** The rules a default {@link Validator} runs, in the order their findings are reported. */
final class Rules {
  private Rules() {}

  static List<Rule> all() {
    return List.of(
        new FlavorsRule(),
        new PyfuncLoaderRule(),
        new ValueTypesRule(),
        new PathsRule(),
        new SignatureRule(),
        new LegacyOptionalRule(),
        new ExampleRule(EnforcementCheck.INSTANCE),
        new TimestampRule(),
        new MlflowVersionRule(),
        new EnvironmentRule(),
        new TempFilesRule(),
        new UnknownKeysRule());
  }
}
