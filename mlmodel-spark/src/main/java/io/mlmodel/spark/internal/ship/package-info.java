/**
 * Not API (the module is an automatic module, so this package is visible; do not depend on it): the
 * model in a Spark application. {@code Shipment} keeps it per application: the model folder as one
 * zip ({@code ModelArchive}) broadcast once ({@code ShippedModel}), unpacked and loaded once per
 * executor JVM and closed with it ({@code PredictorCache}); or, for the {@code spark} flavor, the
 * Spark ML pipeline loaded on the driver and applied to the DataFrame ({@code SparkFlavor}).
 */
@NullMarked
package io.mlmodel.spark.internal.ship;

import org.jspecify.annotations.NullMarked;
