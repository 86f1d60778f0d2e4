package dev.cloudmaker.triton;

/** An account SSH key: its name, MD5 fingerprint (colon hex; the id CloudAPI finds it by) and OpenSSH line. */
record KeyDto(String name, String fingerprint, String key) {
}
