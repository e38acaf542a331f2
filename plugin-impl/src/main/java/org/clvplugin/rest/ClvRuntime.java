package org.clvplugin.rest;

import javax.sql.DataSource;

import org.clvplugin.store.RunRepository;
import org.clvplugin.values.ContactValues;

/**
 * What the web resources work with, set by the host (the standalone server, or the OFBiz component's listener) as
 * a servlet-context attribute before the webapp starts; tests hand it to {@link ClvApplication} directly.
 */
public record ClvRuntime(DataSource dataSource, RunRepository runs, ContactValues values) {

    public static final String ATTRIBUTE = ClvRuntime.class.getName();
}
