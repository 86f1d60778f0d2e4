package dev.cloudmaker.core.spi;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.List;

/**
 * An image from the live catalogue or a private snapshot; {@code slug} may be null for private images, and
 * {@code named} is the namespace's name for a snapshot cloudmaker made (decoded by the provider; null otherwise).
 * For a snapshot, where the cloud says: {@code sourceServerId} the server it was made from, {@code sizeGb} the
 * space it takes, {@code createdAt} when it was made (each null when unknown).
 */
public record ImageInfo(String id, String slug, String name, String distribution, String type, List<String> regions, Named named,
                        String sourceServerId, Double sizeGb, @JsonSerialize(using = ToStringSerializer.class) Instant createdAt) {
    public ImageInfo {
        regions = List.copyOf(regions);
    }

    /** A catalogue image, or a snapshot whose origin, size and date the cloud does not give. */
    public ImageInfo(String id, String slug, String name, String distribution, String type, List<String> regions, Named named) {
        this(id, slug, name, distribution, type, regions, named, null, null, null);
    }
}
