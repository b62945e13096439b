/**
 * Writing MLflow model files exactly as MLflow writes them: {@link io.mlmodel.write.YamlWriter}
 * (the bytes of PyYAML's {@code yaml.safe_dump(tree, default_flow_style=False)}), {@link
 * io.mlmodel.write.AtomicWrites} (crash-safe file and directory writes) and {@link
 * io.mlmodel.write.EnvironmentFiles} ({@code conda.yaml}, {@code python_env.yaml}, {@code
 * requirements.txt}). See docs/writing.md.
 */
@NullMarked
package io.mlmodel.write;

import org.jspecify.annotations.NullMarked;
