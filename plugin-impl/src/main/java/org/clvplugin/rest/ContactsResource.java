package org.clvplugin.rest;

import org.clvplugin.settings.AdminSettings;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.model.Rfm;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.values.ContactList;

/**
 * Lists of contacts: {@code GET /contacts?q=&tier=&segment=&minClv=&owner=&newWithinDays=&sort=&limit=&cursor=},
 * any combination, highest value first by default (or bought so far, churn risk, value at risk, last order), cursor-paginated, with names from the host and the number of
 * contacts in the whole list on the first page. {@code q} searches names and party ids over all of the published
 * run's contacts (most valuable first; contacts added since the run, without a value, after them). With the setting
 * that limits reps to their own contacts, a rep's list is always their own.
 */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_CONTACTS)
public class ContactsResource {

    private static final Pattern TIER_KEY = Pattern.compile("[A-Z0-9_]{1,20}");

    /** The list's orders by their names in {@code sort}: all highest first, but {@code clv}. */
    private static final java.util.Map<String, PublishedValues.Order> ORDERS = java.util.Map.of(
            "-clv", PublishedValues.Order.VALUE, "clv", PublishedValues.Order.VALUE_ASCENDING,
            "-bought", PublishedValues.Order.BOUGHT, "-churnRisk", PublishedValues.Order.CHURN_RISK,
            "-valueAtRisk", PublishedValues.Order.VALUE_AT_RISK, "-lastOrder", PublishedValues.Order.LAST_ORDER);
    private static final String SORTS = "-clv|clv|-bought|-churnRisk|-valueAtRisk|-lastOrder";

    private final ContactList contacts;
    private final AdminSettings settings;

    @Inject
    public ContactsResource(ContactList contacts, AdminSettings settings) {
        this.contacts = contacts;
        this.settings = settings;
    }

    @Context
    SecurityContext security;

    @GET
    public ContactList.Page list(@QueryParam("tier") String tier, @QueryParam("segment") String segment,
                                 @QueryParam("minClv") @DecimalMin("0") Double minClv,
                                 @QueryParam("owner") @Size(max = 20) String owner,
                                 @QueryParam("sort") @DefaultValue("-clv")
                                 @jakarta.validation.constraints.Pattern(regexp = SORTS,
                                         message = "-clv (value, highest first), clv, -bought, -churnRisk, "
                                                 + "-valueAtRisk or -lastOrder") String sort,
                                 @QueryParam("newWithinDays") @Min(1) @Max(366) Integer newWithinDays,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                 @QueryParam("cursor") @Size(max = 200) String cursor,
                                 @QueryParam("q") @Size(max = 100) String q) {
        if (q != null && (q.isBlank() || q.chars().anyMatch(Character::isISOControl))) {
            throw invalid("q", "1 to 100 characters of a party id or name");
        }
        if (tier != null && !TIER_KEY.matcher(tier).matches()) {
            throw invalid("tier", "a tier key such as GOLD");
        }
        if (segment != null && !Rfm.segments().contains(segment)) {
            throw invalid("segment", "one of " + Rfm.segments());
        }
        if (minClv != null && !Double.isFinite(minClv)) {
            throw invalid("minClv", "a number");
        }
        ApiUser user = ApiSecurity.user(security).orElseThrow();
        String ownedBy = !user.may(ApiUser.READ_ADMIN) && settings.viewersSeeOwnContactsOnly()
                ? ownOnly(user, owner) : owner;
        try {
            return contacts.page(new ContactList.Query(q == null ? null : q.strip(), tier, segment, minClv, ownedBy,
                    newWithinDays, ORDERS.get(sort), limit, cursor));
        } catch (ContactList.InvalidCursorException e) {
            throw new ApiException(Problem.of("invalid-cursor", "Invalid cursor", 400, e.getMessage()));
        }
    }

    private static String ownOnly(ApiUser user, String owner) {
        if (user.partyId() == null || (owner != null && !owner.equals(user.partyId()))) {
            throw new ApiException(Problem.of("forbidden", "Forbidden", 403,
                    "you can list the contacts you own"));
        }
        return user.partyId();
    }

    private static ApiException invalid(String field, String expected) {
        return new ApiException(Problem.of("invalid-parameter", "Invalid parameter", 400, field + ": " + expected)
                .withErrors(List.of(new Problem.FieldProblem(field, expected))));
    }
}
