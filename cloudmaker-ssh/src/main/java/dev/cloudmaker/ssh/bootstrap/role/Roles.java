package dev.cloudmaker.ssh.bootstrap.role;

import dev.cloudmaker.core.model.role.RoleSpec;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the Java role of a RoleSpec: by its class name when it gives one, else by name among the registered. */
public final class Roles {
    private Roles() {
    }

    public static Optional<Role> find(RoleSpec spec, ClassLoader loader) {
        if (spec.className() != null && !spec.className().isBlank()) {
            return Optional.of(load(spec.className().strip(), loader));
        }
        if (spec.name() == null || spec.name().isBlank()) {
            return Optional.empty();
        }
        // A role without a Java class of its name is simply declarative.
        return ServiceLoader.load(Role.class, loader).stream().map(ServiceLoader.Provider::get)
                .filter(r -> spec.name().equals(r.name())).findFirst();
    }

    private static Role load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new RoleException("role class " + className + " is not on the class path", e);
        }
        if (!Role.class.isAssignableFrom(type)) {
            throw new RoleException("role class " + className + " does not extend " + Role.class.getName());
        }
        try {
            return (Role) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new RoleException("cannot create role " + className + ": it needs a public constructor without arguments", e);
        }
    }
}
