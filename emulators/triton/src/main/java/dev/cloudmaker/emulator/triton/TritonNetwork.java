package dev.cloudmaker.emulator.triton;

/**
 * A network machines get a NIC on; addresses come from documentation and private ranges only.
 *
 * @param publicNetwork whether its addresses are the machine's public ones
 */
record TritonNetwork(String id, String name, boolean publicNetwork, boolean fabric, String subnet, String gateway,
                     String description) {
}
