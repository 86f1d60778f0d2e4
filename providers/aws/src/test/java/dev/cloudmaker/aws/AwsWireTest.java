package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.RegionInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider as the SDK puts it on the wire, against a loopback server answering canned EC2 and Route 53 XML: one
 * {@code api_url} reaches both services, requests are signed with security.json's keys for the provider's region,
 * throttling is retried and counted, and no secret reaches a message.
 */
class AwsWireTest {
    private static final String KEY_ID = "AKIDEXAMPLE0001";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String REGIONS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r1</requestId>
            <regionInfo><item><regionName>eu-west-1</regionName><regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint>
            <optInStatus>opt-in-not-required</optInStatus></item></regionInfo></DescribeRegionsResponse>""";
    private static final String ZONES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListHostedZonesResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><HostedZones><HostedZone>
            <Id>/hostedzone/Z0001</Id><Name>example.com.</Name><CallerReference>c1</CallerReference>
            <Config><PrivateZone>false</PrivateZone></Config></HostedZone></HostedZones>
            <IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>""";
    private static final String THROTTLED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error>
            </Errors><RequestID>t1</RequestID></Response>""";
    private static final String AUTH_FAILURE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error>
            </Errors><RequestID>a1</RequestID></Response>""";

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private volatile boolean refuse;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
        if (refuse) {
            send(exchange, 401, AUTH_FAILURE);
        } else if (exchange.getRequestURI().getPath().startsWith("/2013-04-01/hostedzone")) {
            send(exchange, 200, ZONES);
        } else if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(exchange, 503, THROTTLED);
        } else {
            send(exchange, 200, REGIONS);
        }
    }

    private static void send(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Provider provider() {
        ProviderSettings settings = new ProviderSettings("aws1",
                Map.of("region", "eu-west-1", "api_url", "http://127.0.0.1:" + server.getAddress().getPort()),
                new ProviderCredentials(Map.of("access_key_id", Secret.of(KEY_ID), "secret_access_key", Secret.of(SECRET))),
                Duration.ofSeconds(10), Map.of(), n -> { });
        return ProviderFactory.named("aws").create(settings);
    }

    @Test
    void oneApiUrlReachesEc2AndRoute53SignedForTheRegionWithSecurityJsonsKeys() {
        try (Provider aws = provider()) {
            assertThat(aws.catalog().regions()).extracting(RegionInfo::slug).containsExactly("eu-west-1");
            assertThat(aws.dns().orElseThrow().domains()).containsExactly("example.com");
        }
        assertThat(seen).anySatisfy(r -> assertThat(r).startsWith("POST / ").contains("Action=DescribeRegions")
                .contains("Credential=" + KEY_ID + "/").contains("/eu-west-1/ec2/aws4_request"));
        assertThat(seen).anySatisfy(r -> assertThat(r).startsWith("GET /2013-04-01/hostedzone ")
                .contains("/eu-west-1/route53/aws4_request"));
        assertThat(seen).noneSatisfy(r -> assertThat(r).contains(SECRET));
    }

    @Test
    void requestLimitExceededIsRetriedAndCounted() {
        throttleNext.set(2);
        try (Provider aws = provider()) {
            assertThat(aws.catalog().regions()).hasSize(1);
            assertThat(aws.callStats().requests()).isEqualTo(3);
            assertThat(aws.callStats().retries()).isEqualTo(2);
            assertThat(aws.callStats().rateLimitedAnswers()).isEqualTo(2);
            assertThat(aws.callStats().mutating()).isZero();
        }
    }

    @Test
    void refusedCredentialsSayWhatToCheckAndNeverQuoteTheSecret() {
        refuse = true;
        try (Provider aws = provider()) {
            assertThatThrownBy(() -> aws.catalog().regions()).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTH);
                assertThat(e.getMessage()).contains("AuthFailure", "access_key_id").doesNotContain(SECRET);
            });
        }
    }
}
