package org.clvplugin.settings;

/** A setting as an admin sees it: its value (the default when not set), its default, and what it does. */
public record SettingView(String key, String value, String defaultValue, boolean isDefault, String help) {
}
