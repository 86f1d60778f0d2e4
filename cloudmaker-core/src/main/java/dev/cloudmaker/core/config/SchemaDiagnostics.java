package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the schema validator's messages into {@link Diagnostic}s: the pointer from the instance
 * location, the line and column from the file, and a fix taken from the schema itself (its
 * {@code properties}, {@code examples} and {@code description}s), so the schema stays the one source.
 */
final class SchemaDiagnostics {
    private final JsonDocument doc;
    private final JsonNode schema;

    SchemaDiagnostics(JsonDocument doc, JsonNode schema) {
        this.doc = doc;
        this.schema = schema;
    }

    List<Diagnostic> map(Iterable<ValidationMessage> messages) {
        List<Diagnostic> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            out.add(map(m));
        }
        return out;
    }

    private Diagnostic map(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        JsonNode rule = schema.at(parentOf(fragment(m)));
        JsonNode value = m.getInstanceNode();
        return switch (m.getType()) {
            case "additionalProperties" -> unknownKey(pointer + "/" + SourceMap.escape(m.getProperty()), m.getProperty(), rule);
            case "required" -> missing(pointer, m.getProperty(), fragment(m).contains("/extended/"));
            case "type" -> {
                String expected = typeName(String.valueOf(m.getArguments()[1]));
                yield at(pointer, "must be " + expected + ", found " + typeName(String.valueOf(m.getArguments()[0])),
                        "write " + expected + like(rule));
            }
            case "enum" -> at(pointer, quoted(value) + " is not supported",
                    "use one of " + String.join(", ", rule.path("enum").valueStream().map(JsonNode::toString).toList()));
            case "pattern" -> at(pointer, quoted(value) + " is not valid here", sentence(rule.path("description").asText()));
            case "minLength" -> at(pointer, "must not be empty", "write a value" + like(rule));
            case "maxLength" -> at(pointer, "is " + value.asText().length() + " characters long, more than the "
                    + rule.path("maxLength").asInt() + " allowed", sentence(rule.path("description").asText()));
            default -> at(pointer, stripPointer(m.getMessage(), pointer), "see docs/configuration.md");
        };
    }

    private Diagnostic unknownKey(String pointer, String key, JsonNode rule) {
        List<String> allowed = new ArrayList<>();
        rule.path("properties").fieldNames().forEachRemaining(allowed::add);
        String fix = DidYouMean.suggest(key, allowed)
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse(allowed.isEmpty() ? "remove it" : "remove it; the keys allowed here are " + String.join(", ", allowed));
        return doc.diagnostic(pointer, "unknown key \"" + HostNames.abbreviate(key) + "\"", fix);
    }

    private Diagnostic missing(String pointer, String key, boolean defaultsAllowed) {
        JsonNode property = resolve(schema.at("/$defs/server/properties/" + key));
        String fix = "add \"" + key + "\": " + exampleOr(property, "a value")
                + (defaultsAllowed ? " to this server, or to \"defaults\" for every server" : "");
        return doc.diagnostic(pointer, "the required key \"" + key + "\" is missing", fix);
    }

    private Diagnostic at(String pointer, String message, String fix) {
        return Diagnostic.of(doc.file(), doc.values().locate(pointer), pointer, message, fix);
    }

    /** Follows one local {@code $ref}, enough for this schema's property definitions. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? schema.at(ref.substring(1)) : node;
    }

    private static String exampleOr(JsonNode rule, String fallback) {
        JsonNode examples = rule.path("examples");
        return examples.isArray() && !examples.isEmpty() ? examples.get(0).toString() : fallback;
    }

    private static String like(JsonNode rule) {
        JsonNode examples = rule.path("examples");
        return examples.isArray() && !examples.isEmpty() ? ", like " + examples.get(0) : "";
    }

    private static String fragment(ValidationMessage m) {
        String s = String.valueOf(m.getSchemaLocation());
        int hash = s.indexOf('#');
        return hash < 0 ? "" : s.substring(hash + 1);
    }

    private static String parentOf(String fragment) {
        int slash = fragment.lastIndexOf('/');
        return slash <= 0 ? "" : fragment.substring(0, slash);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "a string";
            case "integer", "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "an array [...]";
            case "object" -> "an object {...}";
            case "null" -> "null";
            default -> jsonType;
        };
    }

    private static String quoted(JsonNode value) {
        return value == null ? "this value" : HostNames.abbreviate(value.toString());
    }

    private static String sentence(String description) {
        return description.isEmpty() ? "see docs/configuration.md" : description;
    }

    private static String stripPointer(String message, String pointer) {
        String prefix = pointer + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
