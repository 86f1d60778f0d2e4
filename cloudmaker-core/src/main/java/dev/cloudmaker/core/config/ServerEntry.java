package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;

/** One server as written in cloud.json: its name, the JSON pointer of its object, and the object itself. */
record ServerEntry(String name, String pointer, JsonNode node) {
}
