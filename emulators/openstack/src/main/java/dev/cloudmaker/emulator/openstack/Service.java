package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The five services behind the emulator's one port, each under its devstack-style path prefix, and how each writes
 * an error: Keystone {@code {"error":{code,title,message}}}, Nova {@code {"itemNotFound":{code,message}}}, Glance
 * webob's HTML page, Neutron {@code {"NeutronError":{type,message,detail}}}, Designate {@code {code,type,message,request_id}}.
 */
enum Service {
    IDENTITY("identity", "keystone", "/identity"),
    COMPUTE("compute", "nova", "/compute"),
    IMAGE("image", "glance", "/image"),
    NETWORK("network", "neutron", "/networking"),
    DNS("dns", "designate", "/dns");

    /** The catalog's service type and name. */
    final String type;
    final String serviceName;
    final String prefix;

    Service(String type, String serviceName, String prefix) {
        this.type = type;
        this.serviceName = serviceName;
        this.prefix = prefix;
    }

    /** The service a raw path belongs to, by its first segment. */
    static Optional<Service> of(String path) {
        for (Service s : values()) {
            if (path.equals(s.prefix) || path.startsWith(s.prefix + "/")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The catalog URL clients are given: versioned for identity and compute, as devstack registers them. */
    String catalogUrl(String baseUrl) {
        return switch (this) {
            case IDENTITY -> baseUrl + prefix;
            case COMPUTE -> baseUrl + prefix + "/v2.1";
            default -> baseUrl + prefix;
        };
    }

    ApiResponse error(OsError e, String requestId) {
        ObjectNode body = Json.object();
        switch (this) {
            case IDENTITY -> body.putObject("error").put("code", e.status()).put("title", reason(e.status()))
                    .put("message", e.getMessage());
            case COMPUTE -> {
                ObjectNode fault = body.putObject(novaFault(e.status())).put("code", e.status()).put("message", e.getMessage());
                if (e.status() == 429) {
                    fault.put("retryAfter", "1");
                }
            }
            case IMAGE -> {
                String title = e.status() + " " + reason(e.status());
                String html = "<html>\n <head>\n  <title>" + title + "</title>\n </head>\n <body>\n  <h1>" + title
                        + "</h1>\n  " + e.getMessage() + "<br /><br />\n\n\n\n </body>\n</html>";
                return new ApiResponse(e.status(), "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
            }
            case NETWORK -> body.putObject("NeutronError").put("type", e.type()).put("message", e.getMessage())
                    .put("detail", "");
            case DNS -> body.put("code", e.status()).put("type", e.type()).put("message", e.getMessage())
                    .put("request_id", "req-" + requestId);
        }
        return ApiResponse.json(e.status(), body);
    }

    /** Nova's fault names (nova/api/openstack/wsgi.py Fault). */
    private static String novaFault(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "itemNotFound";
            case 405 -> "badMethod";
            case 406 -> "notAcceptable";
            case 409 -> "conflictingRequest";
            case 413, 429 -> "overLimit";
            case 415 -> "badMediaType";
            case 501 -> "notImplemented";
            case 503 -> "serviceUnavailable";
            default -> "computeFault";
        };
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Request Entity Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }
}
