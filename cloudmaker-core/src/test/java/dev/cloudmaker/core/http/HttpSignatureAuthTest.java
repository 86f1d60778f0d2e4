package dev.cloudmaker.core.http;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cloudmaker.core.http.LocalApi.Answer;
import dev.cloudmaker.core.http.LocalApi.Received;
import dev.cloudmaker.core.time.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests signed with each key type arrive at a local server, which checks them the way Triton's
 * CloudAPI does: it rebuilds the signing string from the {@code headers} list and the request as it
 * arrived, and verifies the signature with the public key by the algorithm the header names.
 */
class HttpSignatureAuthTest {
    private static final Pattern SIGNATURE = Pattern.compile(
            "Signature keyId=\"([^\"]+)\",algorithm=\"([^\"]+)\",headers=\"([^\"]+)\",signature=\"([^\"]+)\"");
    private static final String KEY_ID = "/acme/keys/3f:9a:12:7c:00:de:ad:be:ef:01:23:45:67:89:ab:cd";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T07:08:09Z"));

    static Stream<Arguments> keys() throws GeneralSecurityException {
        return Stream.of(
                arguments("rsa-sha256", "SHA256withRSA", rsa()),
                arguments("ecdsa-sha256", "SHA256withECDSA", ec("secp256r1")),
                arguments("ecdsa-sha384", "SHA384withECDSA", ec("secp384r1")),
                arguments("ecdsa-sha512", "SHA512withECDSA", ec("secp521r1")),
                arguments("ed25519-sha512", "Ed25519", KeyPairGenerator.getInstance("Ed25519").generateKeyPair()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void theServerVerifiesTheSignatureWithThePublicKey(String label, String jcaAlgorithm, KeyPair pair) {
        try (LocalApi api = new LocalApi(r -> Answer.of(200, "[]"));
             JsonApiClient client = api.client(new HttpSignatureAuth(new JcaSigningKey(KEY_ID, pair.getPrivate()), clock), clock)) {
            client.send(ApiRequest.get("/acme/machines", Map.of("tag.cloudmaker.namespace", "shop:eu", "name", "web 1")));

            Received got = api.received.get(0);
            Matcher auth = SIGNATURE.matcher(got.header("Authorization"));
            assertThat(auth.matches()).as(got.header("Authorization")).isTrue();
            assertThat(auth.group(1)).isEqualTo(KEY_ID);
            assertThat(auth.group(2)).isEqualTo(label);
            assertThat(auth.group(3)).isEqualTo("(request-target) date");
            assertThat(got.header("Date")).isEqualTo("Thu, 05 Mar 2026 07:08:09 GMT");
            String signingString = signingString(got, auth.group(3));
            assertThat(signingString).isEqualTo("(request-target): get /acme/machines?name=web+1&tag.cloudmaker.namespace=shop%3Aeu"
                    + "\ndate: Thu, 05 Mar 2026 07:08:09 GMT");
            assertThat(verifies(jcaAlgorithm, pair.getPublic(), signingString, auth.group(4))).isTrue();
            assertThat(verifies(jcaAlgorithm, pair.getPublic(), signingString.replace("get ", "delete "), auth.group(4)))
                    .as("the same signature over another request").isFalse();
        }
    }

    @Test
    void aRetriedRequestIsSignedAgainWithItsNewDate() throws GeneralSecurityException {
        KeyPair pair = ec("secp256r1");
        AtomicInteger answered = new AtomicInteger();
        // the first answer is a 503 that took a minute; the retry goes out a minute later by the clock
        try (LocalApi api = new LocalApi(r -> {
                 clock.advance(Duration.ofMinutes(1));
                 return answered.incrementAndGet() == 1 ? Answer.of(503, "{}") : Answer.of(204, "");
             });
             JsonApiClient client = api.client(new HttpSignatureAuth(new JcaSigningKey(KEY_ID, pair.getPrivate()), clock), clock)) {
            client.send(ApiRequest.delete("/acme/machines/5f2c"));

            assertThat(api.received).hasSize(2);
            assertThat(api.received).extracting(r -> r.header("Date"))
                    .containsExactly("Thu, 05 Mar 2026 07:08:09 GMT", "Thu, 05 Mar 2026 07:09:09 GMT");
            for (Received got : api.received) {
                Matcher auth = SIGNATURE.matcher(got.header("Authorization"));
                assertThat(auth.matches()).isTrue();
                assertThat(verifies("SHA256withECDSA", pair.getPublic(), signingString(got, auth.group(3)), auth.group(4)))
                        .as("the signature of the attempt sent at " + got.header("Date")).isTrue();
            }
        }
    }

    @Test
    void theDateHasATwoDigitDayInGmtWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(HttpSignatureAuth.HTTP_DATE.format(Instant.parse("2014-06-07T20:51:35Z")))
                    .isEqualTo("Sat, 07 Jun 2014 20:51:35 GMT");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The signing string as CloudAPI's parser builds it: each listed header in order, joined by newlines. */
    private static String signingString(Received request, String headers) {
        return Arrays.stream(headers.split(" "))
                .map(h -> h.equals("(request-target)")
                        ? "(request-target): " + request.method().toLowerCase(Locale.ROOT) + " " + request.target()
                        : h + ": " + request.header(h))
                .collect(joining("\n"));
    }

    private static boolean verifies(String jcaAlgorithm, PublicKey key, String signingString, String signature) {
        try {
            Signature verifier = Signature.getInstance(jcaAlgorithm);
            verifier.initVerify(key);
            verifier.update(signingString.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }
}
