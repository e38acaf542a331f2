package org.clvplugin.rest;

import javax.sql.DataSource;

import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.rules.ContactFollowUps;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.schedule.RunTrigger;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.RunRepository;
import org.clvplugin.tokens.ApiTokens;
import org.clvplugin.values.ContactList;
import org.clvplugin.values.ContactValues;
import org.clvplugin.values.Dashboard;

/**
 * What the web resources work with, set by the host (the standalone server, or the OFBiz component's listener) as
 * a servlet-context attribute before the webapp starts; tests hand it to {@link ClvApplication} directly.
 */
public record ClvRuntime(DataSource dataSource, RunRepository runs, ContactValues values, ContactList contacts,
                         Dashboard dashboard, AdminSettings settings,
                         TierAdmin tiers, RunTrigger trigger, AuditRepository audit, RuleAdmin rules,
                         ContactFollowUps followUps, ApiTokens tokens, HostSecurity security) {

    public static final String ATTRIBUTE = ClvRuntime.class.getName();
}
