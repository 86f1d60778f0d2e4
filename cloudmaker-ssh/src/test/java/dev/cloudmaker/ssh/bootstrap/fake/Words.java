package dev.cloudmaker.ssh.bootstrap.fake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way sh does for the quoting the bootstrap uses: single and
 * double quotes, backslashes, and the operators ; && || | ( ) as words of their own.
 */
public final class Words {
    private Words() {
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    if (line.charAt(j) == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        j++;
                    }
                    word.append(line.charAt(j));
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c) || ";&|()".indexOf(c) >= 0) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (";&|()".indexOf(c) >= 0) {
                    boolean doubled = (c == '&' || c == '|') && i + 1 < line.length() && line.charAt(i + 1) == c;
                    words.add(doubled ? "" + c + c : "" + c);
                    i += doubled ? 1 : 0;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The one word {@code quoted} stands for. */
    public static String unquote(String quoted) {
        List<String> words = split(quoted);
        if (words.size() != 1) {
            throw new IllegalArgumentException("not one word: " + quoted);
        }
        return words.get(0);
    }
}
