package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.values.ContactValues;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.Contact;
import org.clvplugin.rules.ContactFollowUps;

import org.clvplugin.values.ContactValue;
import org.clvplugin.values.ValueHistory;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A contact's card and history. */
@Tag(name = "contacts")
@Path("/contacts/{partyId}")
@RolesAllowed(ApiUser.READ_CONTACTS)
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    /** OFBiz party ids are at most 20 characters (PARTY.PARTY_ID). */
    private static final int MAX_ID = 20;
    /** Unknown and not visible alike: the answer must not tell a contact that exists from one that does not. */
    private static final String NO_CONTACT = "no contact with this party id";

    private final ContactValues values;
    private final AdminSettings settings;
    private final ContactFollowUps followUps;

    @Inject
    public ContactResource(ContactValues values, AdminSettings settings, ContactFollowUps followUps) {
        this.values = values;
        this.settings = settings;
        this.followUps = followUps;
    }

    @Context
    Request request;

    @Context
    SecurityContext security;

    /**
     * The card's data in one answer, with an ETag over the representation: a client that sends it back in
     * If-None-Match gets 304 until the value, the contact or the tier policy changes.
     */
    @GET
    @Path("/value")
    @ApiResponse(responseCode = "200", description = "the card's data",
            content = @Content(schema = @Schema(implementation = ContactValue.class)))
    @ApiResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    @Operation(operationId = "getContactValue", summary = "Get a contact's card",
            description = "The predicted value with its P10-P90 interval, churn risk, tier, RFM and the plain "
                    + "explanation, from the published run. A figure the run could not estimate is null with the "
                    + "reason beside it. With the ETag in If-None-Match the answer is 304 until the value, the "
                    + "contact or the tier policy changes. A sales rep limited to own contacts gets 404 for another's "
                    + "contact, as for an unknown one.")
    public Response value(
            @Parameter(description = "The contact's party id in the host (OFBiz PARTY_ID)")
            @PathParam("partyId") String partyId) throws JsonProcessingException {
        ContactValue value = values.of(requireId(partyId))
                .orElseThrow(() -> ApiException.notFound(NO_CONTACT));
        requireVisible(value.ownerPartyId());
        byte[] body = JsonMapper.MAPPER.writeValueAsBytes(value);
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    /** The value and tier over the runs kept, and the tier changes with their reasons. */
    @GET
    @Path("/history")
    @Operation(operationId = "getContactHistory", summary = "Get a contact's value and tier over the runs kept",
            description = "One point per run kept (value, interval, tier) and the tier changes with their reasons, "
                    + "oldest first.")
    public ValueHistory history(
            @Parameter(description = "The contact's party id in the host (OFBiz PARTY_ID)")
            @PathParam("partyId") String partyId) {
        ValueHistory history = values.history(requireId(partyId))
                .orElseThrow(() -> ApiException.notFound(NO_CONTACT));
        if (mayOnlySeeOwnContacts()) {
            requireVisible(values.owner(partyId).orElse(null));
        }
        return history;
    }

    /**
     * What the rules did for the contact, newest first (at most ten): each task or webhook, its state, the change
     * of tier that fired it, a task's subject and due day.
     */
    @GET
    @Path("/follow-ups")
    @Operation(operationId = "listContactFollowUps", summary = "List what the rules did for a contact",
            description = "The newest ten tasks and webhooks the follow-up rules made for the contact: rule, kind, "
                    + "the tier change that fired it, the delivery state, a task's subject and due time. Never a "
                    + "delivery error.")
    public List<ContactFollowUps.FollowUp> followUps(
            @Parameter(description = "The contact's party id in the host (OFBiz PARTY_ID)")
            @PathParam("partyId") String partyId) {
        Contact contact = values.contact(requireId(partyId)).orElseThrow(() -> ApiException.notFound(NO_CONTACT));
        requireVisible(contact.ownerPartyId());
        return followUps.of(partyId);
    }

    private boolean mayOnlySeeOwnContacts() {
        return ApiSecurity.user(security).map(u -> !u.may(ApiUser.READ_ADMIN)).orElse(true)
                && settings.viewersSeeOwnContactsOnly();
    }

    /**
     * With the setting on, a sales rep (or a token with an owner) sees only the contacts the host says they own;
     * another's contact is answered as one that does not exist, so that ids cannot be probed.
     */
    private void requireVisible(String ownerPartyId) {
        if (mayOnlySeeOwnContacts() && (ownerPartyId == null
                || !ownerPartyId.equals(ApiSecurity.user(security).map(ApiUser::partyId).orElse(null)))) {
            throw ApiException.notFound(NO_CONTACT);
        }
    }

    static String requireId(String partyId) {
        if (partyId.isEmpty() || partyId.length() > MAX_ID || partyId.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(Problem.of("invalid-party-id", "Invalid party id", 400,
                    "a party id is 1 to " + MAX_ID + " characters without control characters"));
        }
        return partyId;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
