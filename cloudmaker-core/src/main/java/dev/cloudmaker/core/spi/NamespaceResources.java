package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * What a provider made for a namespace besides its servers (EC2's and Neutron's security groups, the key pairs
 * imported under the namespace's name), removed once the namespace has no server left on the provider. The engine
 * calls {@link #release} only when it lists none remaining there: after it deleted a namespace's servers, or in a
 * destroy that found none; an implementation still removes nothing in use, and releasing twice, or what is already
 * gone, is fine.
 */
public interface NamespaceResources {
    /**
     * Removes what the provider made for {@code namespace}, never an account-wide resource (the definition's admin key
     * is shared by every namespace).
     *
     * @return a short line per resource removed, for the run's progress (empty when nothing was left)
     */
    List<String> release(String namespace);
}
