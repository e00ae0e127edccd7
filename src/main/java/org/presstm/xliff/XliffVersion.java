package org.presstm.xliff;

/** The XLIFF versions presstm writes and reads. */
public enum XliffVersion {
    V1_2("1.2"), V2_0("2.0");

    private final String label;

    XliffVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static XliffVersion of(String label) {
        for (XliffVersion v : values()) {
            if (v.label.equals(label.trim()) || (v == V2_0 && label.trim().equals("2"))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unsupported XLIFF version '" + label + "' (expected 1.2 or 2.0)");
    }
}
