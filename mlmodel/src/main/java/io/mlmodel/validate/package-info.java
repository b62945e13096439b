/**
 * Validation of model folders: {@link io.mlmodel.validate.Validator} checks a folder against every
 * rule and returns all {@link io.mlmodel.validate.Finding}s at once, each with a stable code, a
 * {@link io.mlmodel.validate.Severity} and a location. {@link io.mlmodel.validate.SchemaExport}
 * describes what a model accepts as JSON, OpenAPI 3.1 or Open Inference Protocol metadata. The
 * rule catalog is docs/validation.md.
 */
@NullMarked
package io.mlmodel.validate;

import org.jspecify.annotations.NullMarked;
