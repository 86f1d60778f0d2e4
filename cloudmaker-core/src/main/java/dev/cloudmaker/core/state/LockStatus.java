package dev.cloudmaker.core.state;

import java.util.Optional;

/** Whether a run holds the lock, and who holds it or last held it (empty when unknown or never held). */
public record LockStatus(boolean held, Optional<LockHolder> holder) {
}
