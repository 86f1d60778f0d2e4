package dev.cloudmaker.emulator.kit.http;

/** Answers that come from a proxy in front of a cloud's API, not from the API: an {@code html-502} fault. */
final class ProxyPages {
    private ProxyPages() {
    }

    static ApiResponse badGateway() {
        return ApiResponse.html(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                + "</body>\r\n</html>\r\n");
    }
}
