/**
 * Internal: the YAML layer on snakeyaml-engine that types values exactly as PyYAML does. Not
 * exported; please don't depend on it.
 */
@NullMarked
package io.mlmodel.yaml;

import org.jspecify.annotations.NullMarked;
