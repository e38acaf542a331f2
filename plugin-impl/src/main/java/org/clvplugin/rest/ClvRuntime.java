package org.clvplugin.rest;

import javax.sql.DataSource;

import org.clvplugin.store.PluginStore;
import org.clvplugin.store.RunRepository;

/**
 * What the web resources work with, set by the host (the standalone server, or the OFBiz component's listener) as
 * a servlet-context attribute before the webapp starts.
 */
public record ClvRuntime(DataSource dataSource, PluginStore store, RunRepository runs) {

    public static final String ATTRIBUTE = ClvRuntime.class.getName();
}
