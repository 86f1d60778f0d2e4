package dev.cloudmaker.triton;

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
import org.junit.jupiter.api.Test;

/** CloudAPI's {@code {code, message}} answers read into what they mean. */
class TritonErrorsTest {
    private final TritonErrors errors = new TritonErrors("/alice/keys/aa:bb");

    @ParameterizedTest
    @CsvSource({
            "410, ResourceGone, NOT_FOUND",
            "404, ResourceNotFound, NOT_FOUND",
            "409, InvalidState, CONFLICT",
            "409, InvalidArgument, INVALID",
            "409, KeyRequired, INVALID",
            "401, InvalidCredentials, AUTH",
            "400, InvalidHeader, AUTH",
            "403, NotAuthorized, AUTH",
            "429, TooManyRequests, THROTTLED",
            "503, ServiceUnavailable, SERVER",
            "500, InternalError, SERVER"})
    void eachCodeMeansWhatCloudApiMeansByIt(int status, String code, Kind kind) {
        ApiException e = errors.decode(ApiRequest.get("/alice/machines/x"), answer(status,
                "{\"code\":\"" + code + "\",\"message\":\"m\"}"));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.errorId()).isEqualTo(code);
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void aRefusedSignatureNamesTheKeyIdAndWhatToCheck() {
        ApiException e = errors.decode(ApiRequest.get("/alice/keys"), answer(401,
                "{\"code\":\"InvalidCredentials\",\"message\":\"Invalid authorization credentials supplied\"}"));

        assertThat(e.getMessage()).contains("/alice/keys/aa:bb", "key_id", "private_key_file", "clock");
    }

    @Test
    void aBodyThatIsNoJsonIsReadByItsStatus() {
        ApiException e = errors.decode(ApiRequest.post("/alice/machines", null), answer(502, "<html>bad gateway</html>"));

        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e.outcomeUnknown()).as("a POST that failed on the server side may have been carried out").isTrue();
    }

    private static ApiResponse answer(int status, String body) {
        return new ApiResponse(status, HttpHeaders.of(Map.of("request-id", List.of("r-1")), (a, b) -> true), body);
    }
}
