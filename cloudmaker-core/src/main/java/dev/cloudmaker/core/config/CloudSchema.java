package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The JSON Schema of cloud.json. The file lives in {@code docs/cloud.schema.json} for users' editors;
 * the build copies it beside this class, so what users see and what cloudmaker checks are the same.
 */
final class CloudSchema {
    static final String RESOURCE = "cloud.schema.json";
    private static final CloudSchema INSTANCE = load();

    private final JsonNode tree;
    private final JsonSchema schema;

    private CloudSchema(JsonNode tree, JsonSchema schema) {
        this.tree = tree;
        this.schema = schema;
    }

    static CloudSchema get() {
        return INSTANCE;
    }

    /** The schema as JSON, to look up the allowed properties, examples and rules behind a message. */
    JsonNode tree() {
        return tree;
    }

    Set<ValidationMessage> validate(JsonNode instance) {
        return schema.validate(instance);
    }

    private static CloudSchema load() {
        try (InputStream in = CloudSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; the build copies it from docs/");
            }
            JsonNode tree = new ObjectMapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of(tree.path("$id").asText()), tree, config);
            return new CloudSchema(tree, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
