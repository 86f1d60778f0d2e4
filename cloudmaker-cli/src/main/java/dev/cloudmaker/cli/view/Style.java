package dev.cloudmaker.cli.view;

/** ANSI colours when writing to a terminal that wants them; plain text otherwise. */
public record Style(boolean color) {
    public String add(String s) {
        return paint("32", s);
    }

    public String change(String s) {
        return paint("33", s);
    }

    public String destroy(String s) {
        return paint("31", s);
    }

    public String warn(String s) {
        return paint("33;1", s);
    }

    public String error(String s) {
        return paint("31;1", s);
    }

    public String bold(String s) {
        return paint("1", s);
    }

    public String dim(String s) {
        return paint("2", s);
    }

    private String paint(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
