package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A bare client of the emulator's wire, signing with SigV4 as botocore does (host, x-amz-date and content-type
 * signed): EC2 Query requests as form posts, Route 53 requests by method and path. For tests of exact answers.
 */
public final class SignedAwsClient {
    private final URI base;
    private final String accessKeyId;
    private final String secret;
    private final String region;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    public SignedAwsClient(URI base, String accessKeyId, String secret, String region, Clock clock) {
        this.base = base;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        this.region = region;
        this.clock = clock;
    }

    /** An answer: status and body text. */
    public record Answer(int status, String body) {
    }

    /** {@code POST /} with {@code Action}, {@code Version} and these parameters, form-encoded. */
    public Answer ec2(String action, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Action", action);
        form.put("Version", "2016-11-15");
        form.putAll(new TreeMap<>(params));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", "/", body, "application/x-www-form-urlencoded; charset=utf-8", "ec2", secret);
    }

    /** A Route 53 request: {@code pathAndQuery} under the base, {@code body} XML or null. */
    public Answer route53(String method, String pathAndQuery, String body) {
        return send(method, pathAndQuery, body == null ? "" : body, body == null ? null : "text/xml", "route53", secret);
    }

    /** The same request signed with another secret, as a client with a wrong key sends it. */
    public Answer ec2WithSecret(String action, Map<String, String> params, String otherSecret) {
        String body = "Action=" + enc(action) + "&Version=2016-11-15" + params.entrySet().stream()
                .map(e -> "&" + enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining());
        return send("POST", "/", body, "application/x-www-form-urlencoded; charset=utf-8", "ec2", otherSecret);
    }

    private Answer send(String method, String pathAndQuery, String body, String contentType, String service, String key) {
        String host = base.getHost() + ":" + base.getPort();
        String amzDate = SigV4Verifier.amzDate(clock.instant());
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("host", List.of(host));
        headers.put("x-amz-date", List.of(amzDate));
        if (contentType != null) {
            headers.put("content-type", List.of(contentType));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        WireRequest unsigned = new WireRequest(method, path, query, headers, bytes);
        String auth = SigV4Verifier.authorization(unsigned, List.copyOf(headers.keySet()), accessKeyId, key, region,
                service, amzDate);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("x-amz-date", amzDate)
                .header("Authorization", auth).method(method, bytes.length == 0 && !method.equals("POST")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            b.header("content-type", contentType);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
