/**
 * What providers build their API clients on: {@link JsonApiClient} (one retry policy: a 429 always, 5xx and broken
 * connections only for idempotent methods, so a create is never sent twice blindly), {@link RequestPacer} (sliding
 * windows and shared pauses under an API's rate limits), paging, call counts, and {@link Json}, the one configured
 * Jackson mapper. The provider supplies the base URL, the token, the limits and an {@link ErrorDecoder} for its
 * error bodies.
 */
package dev.cloudmaker.core.http;
