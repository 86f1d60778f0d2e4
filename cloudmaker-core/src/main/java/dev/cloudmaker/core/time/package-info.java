/**
 * Time as cloudmaker spends it: {@link Waiter}, the only way to wait (jittered backoff, a timeout, and a message
 * naming what was awaited), {@link Sleeper}, which tests replace to run on an injected clock, and
 * {@link Durations}, durations as users write them.
 */
package dev.cloudmaker.core.time;
