package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.Json;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DigitalOcean's answers read as kinds; the messages stay word for word what they were. */
class DigitalOceanErrorsTest {
    private final DigitalOceanErrors errors = new DigitalOceanErrors();

    private ApiException decodeBody(ApiRequest request, int status, String body, String contentType) {
        HttpHeaders headers = HttpHeaders.of(Map.of("content-type", List.of(contentType)), (k, v) -> true);
        return errors.decode(request, new ApiResponse(status, headers, body));
    }

    private ApiException decode(ApiRequest request, int status, String id, String message) {
        return decodeBody(request, status, "{\"id\":\"" + id + "\",\"message\":\"" + message + "\",\"request_id\":\"r-1\"}",
                "application/json");
    }

    @Test
    void aMissingResourceIsNotFound() {
        ApiException e = decode(ApiRequest.get("/v2/droplets/7"), 404, "not_found", "The resource you were accessing could not be found.");
        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.isNotFound()).isTrue();
        assertThat(e).hasMessage("DigitalOcean API GET /v2/droplets/7 answered 404 not_found: "
                + "The resource you were accessing could not be found. (request id r-1)");
        assertThat(e.errorId()).isEqualTo("not_found");
        assertThat(e.requestId()).isEqualTo("r-1");
    }

    @Test
    void somethingAlreadyThereOrBusyIsAConflict() {
        ApiException keyInUse = decode(ApiRequest.post("/v2/account/keys", Json.object()), 422, "unprocessable_entity",
                "SSH Key is already in use on your account");
        ApiException pending = decode(ApiRequest.post("/v2/droplets/7/actions", Json.object()), 422, "unprocessable_entity",
                "Droplet already has a pending event.");
        ApiException domain = decode(ApiRequest.post("/v2/domains", Json.object()), 422, "unprocessable_entity",
                "Name acme.com already exists");
        assertThat(List.of(keyInUse, pending, domain)).extracting(ApiException::kind).containsOnly(Kind.CONFLICT);
        assertThat(DigitalOceanErrors.isKeyInUse(keyInUse)).isTrue();
        assertThat(DigitalOceanErrors.isPendingEvent(pending)).isTrue();
        assertThat(DigitalOceanErrors.isPendingEvent(keyInUse)).isFalse();
    }

    @Test
    void anyOther422IsAnInvalidRequest() {
        ApiException e = decode(ApiRequest.post("/v2/droplets", Json.object()), 422, "unprocessable_entity",
                "You specified an invalid image for Droplet creation.");
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void serverFailuresLeaveAPostsOutcomeUnknown() {
        ApiException post = decode(ApiRequest.post("/v2/droplets", Json.object()), 500, "server_error", "Server Error");
        ApiException get = decode(ApiRequest.get("/v2/droplets"), 503, "service_unavailable", "Try again");
        assertThat(post.kind()).isEqualTo(Kind.SERVER);
        assertThat(post.outcomeUnknown()).isTrue();
        assertThat(get.kind()).isEqualTo(Kind.SERVER);
        assertThat(get.outcomeUnknown()).isFalse();
        assertThat(decode(ApiRequest.get("/v2/droplets"), 501, "not_implemented", "no").kind())
                .as("never retried, as before").isEqualTo(Kind.INVALID);
    }

    @Test
    void aProxysHtmlPageIsAServerFailureSaidPlainly() {
        ApiException e = decodeBody(ApiRequest.post("/v2/domains", Json.object()), 502, "<html><body>Bad Gateway</body></html>",
                "text/html");
        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e).hasMessage("DigitalOcean API POST /v2/domains answered 502: no readable error body (got text/html)");
    }

    @Test
    void rateLimitsAndCredentials() {
        assertThat(decode(ApiRequest.get("/v2/account"), 429, "too_many_requests", "API Rate limit exceeded.").kind())
                .isEqualTo(Kind.THROTTLED);
        assertThat(decode(ApiRequest.get("/v2/account"), 401, "unauthorized", "Unable to authenticate you").kind())
                .isEqualTo(Kind.AUTH);
    }
}
