package dev.cloudmaker.emulator.aws;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One EC2 {@code Filter}: a resource matches when one of its values for {@code name} matches one of {@code values}
 * (case-sensitive, {@code *} and {@code ?} wildcards). Filters of one request are AND-ed.
 */
record Filter(String name, List<String> values) {

    Filter {
        values = List.copyOf(values);
    }

    boolean matches(Collection<String> resourceValues) {
        return resourceValues.stream().anyMatch(v -> v != null && values.stream().anyMatch(p -> glob(p, v)));
    }

    /**
     * Whether a resource passes every filter; {@code valuesOf} gives its values for a filter name, or null for a
     * name the resource type does not know (EC2 then refuses the request).
     */
    static boolean all(List<Filter> filters, Function<String, Collection<String>> valuesOf) {
        for (Filter f : filters) {
            Collection<String> have = valuesOf.apply(f.name());
            if (have == null) {
                throw Ec2Error.parameter("The filter '" + f.name() + "' is invalid");
            }
            if (!f.matches(have)) {
                return false;
            }
        }
        return true;
    }

    static boolean glob(String pattern, String value) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equals(value);
        }
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
