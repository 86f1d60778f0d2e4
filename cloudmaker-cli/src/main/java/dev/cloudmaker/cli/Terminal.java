package dev.cloudmaker.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is at a terminal: decides colours and whether a question can be asked. */
public final class Terminal {
    private Terminal() {
    }

    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 a Console exists even with redirected streams; isTerminal() tells the truth there.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
