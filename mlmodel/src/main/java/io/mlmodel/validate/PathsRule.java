package io.mlmodel.validate;

/**
 * {@code path-escape} (error): a file named by the MLmodel is absolute or leads out of the model
 * folder, by {@code ..} or through a symbolic link. {@code missing-file} (error): it does not
 * exist. Every reference listed by {@link References} is checked.
 */
final class PathsRule implements Rule {
  @Override
  public void check(ModelContext context) {
    for (References.Reference r : References.of(context.model())) {
      context.existingFile(r.name(), r.at());
    }
  }
}
