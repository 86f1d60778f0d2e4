package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.http.HttpSignatureAuth;
import dev.cloudmaker.core.http.JcaSigningKey;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The http-signature check, request by request, against what CloudAPI answers. */
class RequestAuthenticatorTest {
    private static final String LOGIN = "alice";
    private static final TritonTestKey RSA = TritonTestKey.rsa();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<AccountKey> keys = new ArrayList<>(List.of(AccountKey.of("laptop", RSA.publicLine())));
    private final RequestAuthenticator authenticator = new RequestAuthenticator(LOGIN, () -> keys, clock);

    static Stream<TritonTestKey> everyKeyType() {
        return Stream.of(TritonTestKey.rsa(), TritonTestKey.ecdsa(256), TritonTestKey.ecdsa(384),
                TritonTestKey.ecdsa(521), TritonTestKey.ed25519());
    }

    @ParameterizedTest
    @MethodSource("everyKeyType")
    void aRequestSignedAsNodeTritonSignsItIsAcceptedForEveryKeyType(TritonTestKey key) {
        keys.add(AccountKey.of(null, key.publicLine()));
        WireRequest request = signed(key.signer(LOGIN), "GET", "/alice/machines?limit=1000&offset=0");
        assertThat(authenticator.authenticate(request)).isEqualTo(LOGIN + "/" + key.fingerprint());
    }

    @Test
    void theKeyIdMayNameTheKeyInsteadOfItsFingerprint() {
        SigningKey byName = new JcaSigningKey("/alice/keys/laptop", RSA.pair().getPrivate());
        assertThat(authenticator.authenticate(signed(byName, "GET", "/alice"))).isEqualTo("alice/" + RSA.fingerprint());
    }

    @Test
    void aSignatureByAnotherKeyUnderTheKeysIdIsRefused() {
        TritonTestKey other = TritonTestKey.rsa();
        SigningKey impostor = new JcaSigningKey("/alice/keys/" + RSA.fingerprint(),
                other.pair().getPrivate());
        assertRefused(signed(impostor, "GET", "/alice/machines"), 401, "InvalidCredentials",
                "Invalid authorization credentials supplied");
    }

    @Test
    void theSignatureCoversThePathAndQuerySoAChangedQueryIsRefused() {
        WireRequest request = signed(RSA.signer(LOGIN), "GET", "/alice/machines?limit=1000&offset=0");
        WireRequest changed = new WireRequest("GET", request.path(), "limit=1000&offset=1000", request.headers(),
                request.body());
        assertRefused(changed, 401, "InvalidCredentials", "Invalid authorization credentials supplied");
        WireRequest otherMethod = new WireRequest("DELETE", request.path(), request.rawQuery(), request.headers(),
                request.body());
        assertRefused(otherMethod, 401, "InvalidCredentials", "Invalid authorization credentials supplied");
    }

    @Test
    void aDateMoreThanThreeHundredSecondsOffIsRefusedEitherWay() {
        WireRequest request = signed(RSA.signer(LOGIN), "GET", "/alice");
        clock.advance(Duration.ofSeconds(300));
        assertThat(authenticator.authenticate(request)).as("300 s is still within the skew").isNotNull();
        clock.advance(Duration.ofSeconds(2));
        assertRefused(request, 400, "InvalidHeader", "clock skew of 302s was greater than 300s");
        clock.advance(Duration.ofSeconds(-604));
        assertRefused(request, 400, "InvalidHeader", "clock skew of 302s was greater than 300s");
    }

    @Test
    void anUnparseableDateIsRefusedThoughNodeHttpSignatureWouldLetItThrough() {
        WireRequest request = signed(RSA.signer(LOGIN), "GET", "/alice");
        assertRefused(with(request, "date", "yesterday"), 400, "InvalidHeader", "is not an HTTP date");
    }

    @Test
    void anUnknownKeyAnotherAccountAndABadKeyIdShapeAreInvalidCredentials() {
        TritonTestKey stranger = TritonTestKey.ed25519();
        assertRefused(signed(stranger.signer(LOGIN), "GET", "/alice"), 401, "InvalidCredentials",
                "Invalid authorization credentials supplied");
        assertRefused(signed(RSA.signer("bob"), "GET", "/alice"), 401, "InvalidCredentials",
                "Invalid authorization credentials supplied");
        SigningKey mantaStyle = new JcaSigningKey("/alice/sub/keys/" + RSA.fingerprint(),
                RSA.pair().getPrivate());
        assertRefused(signed(mantaStyle, "GET", "/alice"), 401, "InvalidCredentials",
                "Invalid KeyId /alice/sub/keys/" + RSA.fingerprint() + " in authorization header");
    }

    @Test
    void noAuthorizationMalformedHeadersAndUnsignedDatesSayWhatIsWrong() {
        WireRequest request = signed(RSA.signer(LOGIN), "GET", "/alice");
        assertRefused(with(request, "authorization", null), 401, "InvalidCredentials",
                "You must make authenticated requests to use CloudAPI");
        assertRefused(with(request, "authorization", "Signature"), 400, "InvalidHeader", "BasicAuth content is invalid.");
        assertRefused(with(request, "authorization", "Signature algorithm=\"rsa-sha256\",signature=\"AAAA\""), 400,
                "InvalidHeader", "keyId was not specified");
        String onlyTarget = request.header("authorization").replace("headers=\"(request-target) date\"",
                "headers=\"(request-target)\"");
        assertRefused(with(request, "authorization", onlyTarget), 400, "InvalidHeader", "date was not a signed header");
        String hmac = request.header("authorization").replace("rsa-sha256", "hmac-sha256");
        assertRefused(with(request, "authorization", hmac), 401, "InvalidCredentials",
                "hmac-sha256 is not a supported signing algorithm");
    }

    @Test
    void theLegacyFormSignsTheBareDateAsPySmartdcDoes() throws Exception {
        String date = "Sun, 01 Mar 2026 10:00:00 GMT";
        var signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(RSA.pair().getPrivate());
        signer.update(date.getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("date", List.of(date));
        headers.put("authorization", List.of("Signature keyId=\"/alice/keys/laptop\",algorithm=\"rsa-sha256\" " + signature));
        assertThat(authenticator.authenticate(new WireRequest("GET", "/my/machines", null, headers, new byte[0])))
                .isEqualTo("alice/" + RSA.fingerprint());
    }

    private void assertRefused(WireRequest request, int status, String code, String message) {
        assertThatThrownBy(() -> authenticator.authenticate(request)).isInstanceOfSatisfying(TritonError.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
            assertThat(e.body().get("code").asText()).isEqualTo(code);
        });
    }

    /** The request as the emulator's HTTP server hands it over, signed by {@code key} at the clock's time. */
    private WireRequest signed(SigningKey key, String method, String target) {
        URI uri = URI.create("http://127.0.0.1:1" + target);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        new HttpSignatureAuth(key, clock).authenticate(builder, method, uri);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        builder.build().headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        return new WireRequest(method, uri.getRawPath(), uri.getRawQuery(), headers, new byte[0]);
    }

    private static WireRequest with(WireRequest request, String header, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        if (value == null) {
            headers.remove(header);
        } else {
            headers.put(header, List.of(value));
        }
        return new WireRequest(request.method(), request.path(), request.rawQuery(), headers, request.body());
    }
}
