package org.presstm.xliff;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names made from release titles and file names: letters (any script), digits, '-', '_' and '.',
 * nothing else, never a leading dot, at most 80 characters, so that no title can climb out of the package
 * folder ("../"), hide a file or trip a Windows device name. Stateless.
 */
public final class FileNames {
    private static final int MAX = 80;

    private FileNames() {
    }

    public static String safe(String raw) {
        String nfc = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length() && sb.length() < MAX; i++) {
            char c = nfc.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && sb.length() > 0)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        String name = sb.toString().replaceAll("[._]+$", "").replace("..", "_");
        if (name.isEmpty() || isDeviceName(name)) {
            return "release" + (name.isEmpty() ? "" : "_" + name);
        }
        return name;
    }

    private static boolean isDeviceName(String name) {
        String base = name.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        return base.matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");
    }

    /** The name without its extension: "release.az.docx" gives "release.az". */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
