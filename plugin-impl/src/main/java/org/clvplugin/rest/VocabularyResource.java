package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.model.Rfm;
import org.clvplugin.rules.Trigger;
import org.clvplugin.store.RunRecord;
import org.clvplugin.values.ContactValue;

/**
 * The values the API's enumerations take, in the order a UI lists them: the one source of them for the UI, which
 * keeps only their labels. The OpenAPI document describes the same enumerations.
 */
@Tag(name = "service")
@Path("/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_CONTACTS)
public class VocabularyResource {

    /**
     * @param segments        the RFM segments, best first
     * @param triggerKinds    what can fire a follow-up rule
     * @param runStates       a run's states
     * @param runPhases       what a running run is doing
     * @param contactStatuses what a contact's card shows: scored, no orders, newer than the run, no run yet
     */
    public record Vocabulary(List<String> segments, List<Trigger.Kind> triggerKinds, List<RunRecord.State> runStates,
                             List<RunRecord.Phase> runPhases, List<ContactValue.Status> contactStatuses) {
    }

    static final Vocabulary VOCABULARY = new Vocabulary(Rfm.segments(), List.of(Trigger.Kind.values()),
            List.of(RunRecord.State.values()), List.of(RunRecord.Phase.values()),
            List.of(ContactValue.Status.values()));

    /** The same for every user and every request of a version (a page asks once). */
    @GET
    @Operation(operationId = "getVocabulary", summary = "List the API's enumerations",
            description = "The values of the enumerations clients show: RFM segments best first, trigger kinds, run "
                    + "states and phases, contact statuses.")
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
