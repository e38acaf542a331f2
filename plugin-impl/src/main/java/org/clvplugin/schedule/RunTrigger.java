package org.clvplugin.schedule;

/** Starts a recompute now, or says which run is already going: what "recompute now" calls. */
public interface RunTrigger {

    RecomputeScheduler.Triggered trigger(String by);
}
