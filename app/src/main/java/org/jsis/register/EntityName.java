package org.jsis.register;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One name of a register entity.
 *
 * @param name the name as written
 * @param type primary name, alias or previous name
 * @param quality strong or weak (FtM {@code alias} vs {@code weakAlias}; UN alias quality Good vs Low)
 * @param script the ISO 15924 script code ({@code Latn}, {@code Cyrl}, {@code Arab}, ...), detected when absent
 * @param lang the ISO 639-1 language code where known ({@code ru}, {@code en}, {@code uz}, {@code ar})
 */
public record EntityName(
        String name,
        Type type,
        Quality quality,
        String script,
        @Nullable String lang) {

    public enum Type {
        PRIMARY,
        ALIAS,
        PREVIOUS
    }

    public enum Quality {
        STRONG,
        WEAK
    }

    public EntityName {
        name = Scripts.collapseSpaces(Objects.requireNonNull(name, "name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quality, "quality");
        script = script == null || script.isBlank() ? Scripts.detect(name) : script;
        lang = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntityName primary(String name, @Nullable String lang) {
        return new EntityName(name, Type.PRIMARY, Quality.STRONG, null, lang);
    }

    public static EntityName alias(String name, @Nullable String lang) {
        return new EntityName(name, Type.ALIAS, Quality.STRONG, null, lang);
    }

    public static EntityName weakAlias(String name) {
        return new EntityName(name, Type.ALIAS, Quality.WEAK, null, null);
    }

    public static EntityName previous(String name, @Nullable String lang) {
        return new EntityName(name, Type.PREVIOUS, Quality.STRONG, null, lang);
    }
}
