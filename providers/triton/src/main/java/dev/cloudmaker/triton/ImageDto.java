package dev.cloudmaker.triton;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An image: public ones are found by {@code name@version} or {@code name} (the newest by {@code published_at}). */
record ImageDto(String id, String name, String version, String os, String type, String owner, String state,
                @JsonProperty("public") boolean isPublic, @JsonProperty("published_at") String publishedAt) {
    String slug() {
        return name + "@" + version;
    }
}
