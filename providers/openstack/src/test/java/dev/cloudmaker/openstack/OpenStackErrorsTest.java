package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each service's error envelope read into what it means. */
class OpenStackErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "404|{\"itemNotFound\":{\"code\":404,\"message\":\"Instance x could not be found.\"}}|NOT_FOUND|itemNotFound|Instance x could not be found.",
            "409|{\"conflictingRequest\":{\"code\":409,\"message\":\"Cannot 'stop' instance\"}}|CONFLICT|conflictingRequest|Cannot 'stop' instance",
            "403|{\"forbidden\":{\"code\":403,\"message\":\"Quota exceeded for instances: Requested 1, but already used 10 of 10 instances\"}}|INVALID|forbidden|Quota exceeded",
            "404|{\"NeutronError\":{\"type\":\"NetworkNotFound\",\"message\":\"Network n could not be found.\",\"detail\":\"\"}}|NOT_FOUND|NetworkNotFound|Network n",
            "409|{\"code\":409,\"type\":\"duplicate_recordset\",\"message\":\"Duplicate RecordSet\",\"request_id\":\"r\"}|CONFLICT|duplicate_recordset|Duplicate RecordSet",
            "401|{\"error\":{\"code\":401,\"title\":\"Unauthorized\",\"message\":\"requires authentication\"}}|AUTH|Unauthorized|requires authentication",
            "503|<html>busy</html>|SERVER||no readable error body",
            "429|{\"overLimit\":{\"code\":429,\"message\":\"slow down\"}}|THROTTLED|overLimit|slow down"})
    void envelopes(int status, String body, Kind kind, String code, String message) {
        ApiException e = new OpenStackErrors("Nova", null).decode(ApiRequest.get("/servers/x"), new ApiResponse(status,
                HttpHeaders.of(Map.of("x-openstack-request-id", List.of("req-1")), (a, b) -> true), body));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.errorId()).isEqualTo(code);
        assertThat(e.requestId()).isEqualTo("req-1");
        assertThat(e.getMessage()).startsWith("Nova GET /servers/x answered " + status).contains(message).contains("req-1");
    }
}
