package dev.cloudmaker.core.config;

/** Where one object member sits in the text, as character offsets: key from the opening quote, value end exclusive. */
record MemberSpan(String name, int keyStart, int keyEnd, int valueStart, int valueEnd) {
}
