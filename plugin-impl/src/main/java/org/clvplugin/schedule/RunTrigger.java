package org.clvplugin.schedule;

/** Starts a recompute now, or says which run is already going: what "recompute now" calls. */
public interface RunTrigger {

    /** The new run's id, or that of the run in progress. */
    org.clvplugin.store.RunRepository.Claim trigger(String by);

    /** Why the stored schedule setting is not the one running (the default runs instead), if it is not. */
    default java.util.Optional<String> settingNotApplied() {
        return java.util.Optional.empty();
    }
}
