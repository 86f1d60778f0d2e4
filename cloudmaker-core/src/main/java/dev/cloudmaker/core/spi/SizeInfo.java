package dev.cloudmaker.core.spi;

import java.util.List;

/** A size from the live catalogue; {@code priceMonthly} is null when the cloud gives no price (Triton's packages). */
public record SizeInfo(String slug, int memoryMb, int vcpus, int diskGb, Double priceMonthly,
                       boolean available, List<String> regions, String description) {
    public SizeInfo {
        regions = List.copyOf(regions);
    }

    /** A size with a price (0 for a free one). */
    public SizeInfo(String slug, int memoryMb, int vcpus, int diskGb, double priceMonthly, boolean available, List<String> regions,
                    String description) {
        this(slug, memoryMb, vcpus, diskGb, Double.valueOf(priceMonthly), available, regions, description);
    }
}
