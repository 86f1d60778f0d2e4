/**
 * Roles as the bootstrap runs them: {@link Role}, the base class of roles written in Java (found through
 * ServiceLoader by {@link Roles}), and {@link RolePlan}, a role's declarative parts and Java hooks merged with
 * every local file it names read up front.
 */
package dev.cloudmaker.ssh.bootstrap.role;
