package dev.cloudmaker.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One list endpoint read page by page, in its {@link PageStyle}: each {@link #next()} sends one
 * request and returns that page's items. A page is requested only when asked for.
 */
public final class PageFetcher implements Iterator<List<JsonNode>> {
    private final ApiTransport transport;
    private final URI base;
    private final PageStyle style;
    private final String itemsAt;
    private ApiRequest next;

    /**
     * @param base    the transport's base URL (next-page links are read against it)
     * @param itemsAt where a page holds its items, as a JSON pointer: {@code /droplets}, or {@code ""} when the page is the array
     */
    public PageFetcher(ApiTransport transport, URI base, PageStyle style, String path, Map<String, String> query,
                       String itemsAt) {
        this.transport = transport;
        this.base = base;
        this.style = style;
        this.itemsAt = itemsAt;
        this.next = style.first(path, query);
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public List<JsonNode> next() {
        if (next == null) {
            throw new NoSuchElementException("the last page has been read");
        }
        ApiRequest sent = next;
        JsonNode page = transport.send(sent).json();
        List<JsonNode> items = new ArrayList<>();
        page.at(itemsAt).forEach(items::add);
        next = style.next(sent, page, items, base).orElse(null);
        return items;
    }
}
