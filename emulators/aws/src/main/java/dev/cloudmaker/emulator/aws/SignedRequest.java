package dev.cloudmaker.emulator.aws;

/** What a verified SigV4 signature says of its request: who signed it, for which region and service. */
record SignedRequest(String accessKeyId, String region, String service) {
}
