package dev.cloudmaker.emulator.triton;

import java.util.List;
import java.util.Map;

/** The emulated account as its state file holds it. */
record SavedTriton(String accountId, boolean cnsEnabled, long counter, Map<String, String> profile,
                   List<AccountKey> keys, List<Machine> machines, List<TritonImage> ownImages) {
}
