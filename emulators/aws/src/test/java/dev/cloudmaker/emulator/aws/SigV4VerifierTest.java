package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier against AWS's published SigV4 test suite case {@code get-vanilla}, and what it refuses. */
class SigV4VerifierTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Clock AT = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);

    private static WireRequest vanilla(String signature) {
        return new WireRequest("GET", "/", null, Map.of("host", List.of("example.amazonaws.com"),
                "x-amz-date", List.of("20150830T123600Z"), "authorization", List.of("AWS4-HMAC-SHA256 "
                        + "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=" + signature)), new byte[0]);
    }

    @Test
    void awsSuitesGetVanillaVerifies() {
        SignedRequest signed = new SigV4Verifier("AKIDEXAMPLE", SECRET, AT)
                .verify(vanilla("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        assertThat(signed).isEqualTo(new SignedRequest("AKIDEXAMPLE", "us-east-1", "service"));
    }

    @Test
    void anotherSignatureAnotherKeyIdOrAnOldDateIsRefused() {
        String good = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        String bad = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf30";
        assertThatThrownBy(() -> new SigV4Verifier("AKIDEXAMPLE", SECRET, AT).verify(vanilla(bad)))
                .isInstanceOf(SigV4Failure.class).hasMessage("AWS was not able to validate the provided access credentials");
        assertThatThrownBy(() -> new SigV4Verifier("AKIDOTHER", SECRET, AT).verify(vanilla(good)))
                .isInstanceOf(SigV4Failure.class).hasMessage("The security token included in the request is invalid.");
        Clock later = Clock.offset(AT, java.time.Duration.ofMinutes(16));
        assertThatThrownBy(() -> new SigV4Verifier("AKIDEXAMPLE", SECRET, later).verify(vanilla(good)))
                .isInstanceOf(SigV4Failure.class).hasMessage("Request has expired.");
    }
}
