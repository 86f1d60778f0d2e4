package dev.cloudmaker.emulator.digitalocean;

/** The answers of response-replacing faults: JSON 5xx/429 like the API, or an HTML 502 like a proxy. */
final class FaultResponses {
    private FaultResponses() {
    }

    static ApiResponse of(FaultKind kind, String requestId) {
        return switch (kind) {
            case HTML_502 -> ApiResponse.html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                    + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                    + "</body>\r\n</html>\r\n");
            case HTTP_429 -> ApiResponse.json(429, Views.error("too_many_requests", "API Rate limit exceeded.",
                    requestId));
            default -> ApiResponse.json(Integer.parseInt(kind.token()), Views.error("server_error",
                    "Server was unable to give you a response.", requestId));
        };
    }
}
