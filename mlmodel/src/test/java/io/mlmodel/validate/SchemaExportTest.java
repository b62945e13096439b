package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.testsupport.SharedData;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SchemaExportTest {
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Path TESTDATA = InvalidFoldersTest.TESTDATA;

  /** Every folder with a signature: MLflow's fixtures, the corpus, our valid testdata. */
  static Stream<SharedData.Case> withSignature() {
    List<SharedData.Case> all = new ArrayList<>(SharedData.allModels());
    all.add(new SharedData.Case("testdata/valid/minimal", TESTDATA.resolve("valid/minimal"), TESTDATA));
    try (Stream<Path> models = Files.list(TESTDATA.resolve("models"))) {
      models.sorted().forEach(m -> all.add(new SharedData.Case("testdata/models/" + m.getFileName(), m, TESTDATA)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return all.stream().filter(c -> {
      try {
        MLModel m = MLModels.read(c.model());
        return m.toMap().get("signature") != null;
      } catch (ModelException e) {
        return false;
      }
    });
  }

  static List<SharedData.Case> servingExamples() {
    return SharedData.fixtures().stream().filter(c -> Files.exists(c.model().resolve("serving_input_example.json"))).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withSignature")
  void openApiPassesTheOpenApi31Parser(SharedData.Case c) {
    String doc = SchemaExport.toOpenApi(MLModels.read(c.model()), "model");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(doc, null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths().get("/invocations").getPost().getRequestBody().getContent())
        .containsKeys("application/json", "text/csv");
    assertThat(result.getOpenAPI().getComponents().getSchemas())
        .containsKeys("Request", "DataframeSplit", "DataframeRecords", "Instances", "Inputs", "Params", "Response", "Error");
  }

  @Test
  void theParserCatchesABrokenDocument() {
    ObjectNode doc = (ObjectNode) JSON.readTree(SchemaExport.toOpenApi(MLModels.read(TESTDATA.resolve("valid/minimal")), "m"));
    ((ObjectNode) doc.get("info")).remove("version");
    ((ObjectNode) doc.at("/paths/~1invocations/post/responses/200")).remove("description");
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(doc.toString(), null, new ParseOptions());

    assertThat(result.getMessages()).contains("attribute info.version is missing",
        "attribute paths.'/invocations'(post).responses.200.description is missing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withSignature")
  void everyComponentSchemaIsValidJsonSchema202012(SharedData.Case c) {
    JsonNode doc = JSON.readTree(SchemaExport.toOpenApi(MLModels.read(c.model()), "model"));
    Schema meta = SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (Map.Entry<String, JsonNode> e : doc.get("components").get("schemas").properties()) {
      assertThat(meta.validate(e.getValue())).as(e.getKey()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("servingExamples")
  void mlflowsOwnServingExampleSatisfiesTheRequestSchema(SharedData.Case c) throws IOException {
    Schema request = requestSchema(MLModels.read(c.model()));
    JsonNode example = JSON.readTree(Files.readString(c.model().resolve("serving_input_example.json")));

    assertThat(request.validate(example)).isEmpty();
  }

  @Test
  void aRequestThatBreaksTheSignatureFailsTheSchema() {
    Schema request = requestSchema(MLModels.read(SharedData.root().resolve("fixtures-mlflow/sklearn_columns")));
    List<Error> errors = request.validate(JSON.readTree(
        "{\"dataframe_records\": [{\"color\": \"red\", \"is_member\": \"yes\", \"visits\": 3, \"spend\": 1.5, \"signup\": \"2021-01-01T00:00:00\"}]}"));
    assertThat(errors).isNotEmpty();
    assertThat(request.validate(JSON.readTree("{\"dataframe_records\": [], \"extra\": 1}"))).isNotEmpty();
    assertThat(request.validate(JSON.readTree(
        "{\"dataframe_records\": [{\"color\": \"red\", \"is_member\": true, \"visits\": 3, \"spend\": 1.5, \"signup\": \"2021-01-01T00:00:00\"}]}")))
        .isEmpty();
  }

  @Test
  void tensorsAreNestedArraysOfTheirShape() {
    JsonNode doc = JSON.readTree(SchemaExport.toOpenApi(MLModels.read(SharedData.root().resolve("fixtures-mlflow/onnx_linear")), "onnx"));
    JsonNode inputs = doc.at("/components/schemas/Inputs/properties/inputs");
    String tensor = "{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"number\"},\"minItems\":4,\"maxItems\":4}}";
    assertThat(inputs.toString()).isEqualTo("{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"x\":" + tensor
        + "},\"required\":[\"x\"]}," + tensor + "]}");
  }

  @Test
  void paramsCarryTheirTypesAndDefaults() {
    JsonNode doc = JSON.readTree(SchemaExport.toOpenApi(MLModels.read(SharedData.root().resolve("fixtures-mlflow/pyfunc_params")), "p"));
    JsonNode params = doc.at("/components/schemas/Params/properties");
    assertThat(params.get("temperature").toString()).isEqualTo("{\"type\":\"number\",\"format\":\"double\",\"default\":0.7}");
    assertThat(params.get("stop").get("type").asString()).isEqualTo("array");
  }

  static List<String[]> v2Rows() throws IOException {
    try (InputStream in = SchemaExportTest.class.getResourceAsStream("v2-expected.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }
  }

  static Stream<String> v2Folders() throws IOException {
    return v2Rows().stream().map(r -> r[0]).distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("v2Folders")
  void openInferenceMetadataIsMlserversMapping(String folder) throws IOException {
    Path dir = folder.startsWith("testdata/") ? TESTDATA.resolve(folder.substring("testdata/".length()))
        : SharedData.root().resolve(folder);
    ObjectNode expected = JSON.createObjectNode().put("name", "m");
    expected.putArray("versions");
    expected.put("platform", "");
    expected.putArray("inputs");
    expected.putArray("outputs");
    for (String[] r : v2Rows()) {
      if (!r[0].equals(folder)) {
        continue;
      }
      if (r[1].equals("content_type")) {
        expected.putObject("parameters").put("content_type", r[5]);
        continue;
      }
      ObjectNode t = expected.withArray(r[1]).addObject().put("name", r[2]).put("datatype", r[3]);
      for (String n : r[4].split(",")) {
        t.withArray("shape").add(Long.parseLong(n));
      }
      t.putObject("parameters").put("content_type", r[5]);
    }

    assertThat(JSON.readTree(SchemaExport.toOpenInference(MLModels.read(dir), "m"))).isEqualTo(JSON.readTree(expected.toString()));
  }

  @Test
  void signatureJsonIsMlflowsToDict() {
    String json = SchemaExport.toJson(MLModels.read(TESTDATA.resolve("valid/minimal")));
    assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(
        "{\"inputs\": [{\"type\": \"double\", \"name\": \"x\", \"required\": true}],"
            + " \"outputs\": [{\"type\": \"double\", \"required\": true}], \"params\": null}"));
    assertThat(json).endsWith("}\n");
  }

  @Test
  void aModelWithoutSignatureHasNoSchema() {
    MLModel model = MLModels.read(TESTDATA.resolve("invalid/no-signature"));
    assertThatThrownBy(() -> SchemaExport.toOpenApi(model, "x"))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("no-signature"))
        .hasMessageEndingWith("MLmodel:1:1: the model has no signature, so there is no schema to export");
  }

  private static Schema requestSchema(MLModel model) {
    ObjectNode doc = (ObjectNode) JSON.readTree(SchemaExport.toOpenApi(model, "model"));
    ObjectNode schema = JSON.createObjectNode()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$ref", "#/components/schemas/Request");
    schema.set("components", doc.get("components"));
    return SCHEMAS.getSchema(schema);
  }
}
