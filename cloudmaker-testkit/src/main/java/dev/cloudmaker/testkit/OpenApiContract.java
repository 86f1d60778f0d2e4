package dev.cloudmaker.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks recorded exchanges (the client's requests and the emulator's answers) against the
 * DigitalOcean OpenAPI description in {@code -Dcloudmaker.specs.dir}. The test is skipped, not
 * failed, where the description is absent. Known defects of the description are excluded exactly
 * as the emulator's own contract test does.
 */
public final class OpenApiContract {
    public static final String SPECS_DIR_PROPERTY = "cloudmaker.specs.dir";
    public static final String DIGITALOCEAN_SPEC = "digitalocean-openapi-subset.json";

    private final OpenApiInteractionValidator validator;

    private OpenApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The DigitalOcean description; skips the calling test (JUnit assumption) when it cannot be found. */
    public static OpenApiContract digitalOcean() {
        String dir = System.getProperty(SPECS_DIR_PROPERTY);
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "system property " + SPECS_DIR_PROPERTY + " is not set; OpenAPI contract check skipped");
        Path spec = Path.of(dir, DIGITALOCEAN_SPEC).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(spec),
                "DigitalOcean OpenAPI description not found at " + spec + "; OpenAPI contract check skipped");
        try {
            return new OpenApiContract(OpenApiInteractionValidator
                    .createForInlineApiSpecification(Files.readString(spec))
                    // the validator closes every allOf member (additionalProperties=false) although the
                    // description never does, so any {items, links, meta} list body would fail
                    .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per violation: {@code METHOD path -> status: [key] message}, nested messages indented. */
    public List<String> violations(List<RecordedExchange> exchanges) {
        List<String> out = new ArrayList<>();
        for (RecordedExchange x : exchanges) {
            ValidationReport report = validator.validate(request(x), response(x));
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR && !isSpecDefect(m)) {
                    out.add(x.method() + " " + x.path() + (x.rawQuery() == null ? "" : "?" + x.rawQuery())
                            + " -> " + x.status() + ": [" + m.getKey() + "] " + m.getMessage() + nested(m, "  "));
                }
            }
        }
        return out;
    }

    public void assertConforms(List<RecordedExchange> exchanges) {
        Assertions.assertThat(exchanges).as("recorded exchanges").isNotEmpty();
        Assertions.assertThat(violations(exchanges)).as("OpenAPI contract violations").isEmpty();
    }

    /**
     * Genuine defects of the description, excluded by their exact key: discriminator mappings that point
     * at inlined schemas, {@code anyOf [integer, string]} path parameters parsed as JSON (slugs,
     * fingerprints), and the droplet status enum whose unquoted YAML {@code off} became {@code false}.
     */
    static boolean isSpecDefect(ValidationReport.Message m) {
        if (m.getKey().equals("validation.request.body.schema.discriminator")
                || m.getKey().equals("validation.request.parameter.schema.invalidJson")) {
            return true;
        }
        return m.getKey().equals("validation.response.body.schema.enum")
                && m.getMessage().contains("\"off\"") && m.getMessage().contains("false");
    }

    private static String nested(ValidationReport.Message m, String indent) {
        StringBuilder sb = new StringBuilder();
        for (ValidationReport.Message n : m.getNestedMessages()) {
            sb.append('\n').append(indent).append('[').append(n.getKey()).append("] ").append(n.getMessage())
                    .append(nested(n, indent + "  "));
        }
        return sb.toString();
    }

    private static Request request(RecordedExchange x) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(x.method(), x.path());
        x.requestHeaders().forEach(b::withHeader);
        if (x.rawQuery() != null && !x.rawQuery().isEmpty()) {
            for (String pair : x.rawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        if (!x.requestBody().isEmpty()) {
            b.withBody(x.requestBody());
        }
        return b.build();
    }

    private static SimpleResponse response(RecordedExchange x) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(x.status());
        x.responseHeaders().forEach(b::withHeader);
        if (!x.responseBody().isEmpty()) {
            b.withBody(x.responseBody());
        }
        return b.build();
    }
}
