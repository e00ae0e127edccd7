package org.presstm.tm;

/** A TMX {@code <prop type="...">value</prop>}: free metadata of a unit or variant ("x-domain", "x-release"). */
public record Prop(String type, String value) {
    public Prop {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("prop without a type");
        }
        value = value == null ? "" : value;
    }
}
