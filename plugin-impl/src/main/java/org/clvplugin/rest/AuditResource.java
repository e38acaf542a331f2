package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import org.clvplugin.store.AuditRepository;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.store.AuditRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Who changed what and when, with the state before and after as JSON values (objects as they were stored, a text
 * that is not JSON as a string), newest first.
 */
@Tag(name = "audit")
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_ADMIN)
public class AuditResource {

    public record AuditEntry(Long id, Instant at, String actor, String action, String detail, JsonNode before,
                             JsonNode after) {
        static AuditEntry of(AuditRecord r) {
            return new AuditEntry(r.id(), r.at(), r.actor(), r.action(), r.detail(), value(r.before()),
                    value(r.after()));
        }

        /** The stored state as JSON; older entries may hold plain text. */
        private static JsonNode value(String stored) {
            if (stored == null) {
                return null;
            }
            try {
                return JsonMapper.MAPPER.readTree(stored);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return TextNode.valueOf(stored);
            }
        }
    }

    private final AuditRepository audit;

    @Inject
    public AuditResource(AuditRepository audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List the audit trail",
            description = "Who changed what and when, newest first, with the state before and after as JSON values. "
                    + "For the next page, send the last entry's id as `before`.")
    public List<AuditEntry> recent(
            @Parameter(description = "How many entries, 1 to 500")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "Only entries older than this id: the last id of the previous page")
            @QueryParam("before") @Min(1) Long before) {
        return audit.recent(limit, before).stream().map(AuditEntry::of).toList();
    }
}
