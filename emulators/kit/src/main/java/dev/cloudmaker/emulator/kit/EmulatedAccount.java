package dev.cloudmaker.emulator.kit;

import java.util.List;

/**
 * What an emulated account holds, read straight from the emulator's state (not through its API), so tests can
 * check a run's outcome on any cloud. Each call is a consistent copy taken under the emulator's lock.
 */
public interface EmulatedAccount {

    /** Every server, including ones still booting or hidden from the API's lists by a fault. */
    List<EmulatedServer> servers();

    /** The DNS zones, as lower-case names without a trailing dot. */
    List<String> zones();

    /** The records of one zone; empty for a zone the account does not hold. */
    List<EmulatedRecord> records(String zone);

    /** The account's SSH keys. */
    List<EmulatedKey> keys();
}
