package org.clvplugin.settings;

/**
 * A setting as an admin sees it: its value (the default when not set), its default, what it does, and when a
 * change takes effect.
 */
public record SettingView(String key, String value, String defaultValue, boolean isDefault, String help,
                          TakesEffect takesEffect) {

    /** When a saved change is used: at once (the next request or delivery), or by the next recompute. */
    public enum TakesEffect { AT_ONCE, NEXT_RUN }
}
