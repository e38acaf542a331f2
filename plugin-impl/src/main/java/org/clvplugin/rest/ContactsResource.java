package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.values.ContactList;

/**
 * Lists of contacts: {@code GET /contacts?q=&tier=&segment=&minClv=&maxClv=&minChurnRisk=&maxChurnRisk=&owner=
 * &newWithinDays=&sort=&limit=&cursor=}, any combination, highest value first by default (or bought so far, churn
 * risk, value at risk, last order), cursor-paginated, with names from the host, each value's trend since the run
 * before, and the number of contacts in the whole list on the first page. {@code q} searches names and party ids over
 * all of the published run's contacts (most valuable first; contacts added since the run, without a value, after
 * them). With the setting that limits reps to their own contacts, a rep's list is always their own.
 */
@Tag(name = "contacts")
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_CONTACTS)
public class ContactsResource {

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
    @Operation(operationId = "listContacts", summary = "List contacts, filtered and ordered",
            description = "A page of the published run's contacts in the order of `sort`, filtered by any combination "
                    + "of the parameters. The first page carries `total`; follow `nextCursor` for the next (pages "
                    + "stay on the run they started in).")
    public ContactList.Page list(@BeanParam @Valid ListParameters list,
            @Parameter(description = "How many contacts a page, 1 to 200")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "The previous page's nextCursor")
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        ApiUser user = ApiSecurity.user(security).orElseThrow();
        ContactList.Criteria criteria = list.criteria(user, settings.viewersSeeOwnContactsOnly());
        try {
            return contacts.page(new ContactList.Query(criteria, list.order(), limit, cursor));
        } catch (ContactList.InvalidCursorException e) {
            throw new ApiException(Problem.of("invalid-cursor", "Invalid cursor", 400, e.getMessage()));
        }
    }
}
