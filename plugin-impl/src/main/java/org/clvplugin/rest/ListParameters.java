package org.clvplugin.rest;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import io.swagger.v3.oas.annotations.Parameter;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.host.ApiUser;
import org.clvplugin.model.Rfm;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.values.ContactList;

/**
 * The criteria and order of a list of contacts as a client sends them, shared by the list ({@code GET /contacts})
 * and its CSV export ({@code GET /contacts.csv}); each field is named as its query parameter, so a validation error
 * names what the client sent. The fields are public because swagger finds a bean parameter's fields through
 * Jackson, which sees public ones: the OpenAPI document lists them with their constraints.
 */
public class ListParameters {

    private static final Pattern TIER_KEY = Pattern.compile("[A-Z0-9_]{1,20}");

    /** The list's orders by their names in {@code sort}: all highest first, but {@code clv}. */
    private static final Map<String, PublishedValues.Order> ORDERS = Map.of(
            "-clv", PublishedValues.Order.VALUE, "clv", PublishedValues.Order.VALUE_ASCENDING,
            "-bought", PublishedValues.Order.BOUGHT, "-churnRisk", PublishedValues.Order.CHURN_RISK,
            "-valueAtRisk", PublishedValues.Order.VALUE_AT_RISK, "-lastOrder", PublishedValues.Order.LAST_ORDER);
    private static final String SORTS = "-clv|clv|-bought|-churnRisk|-valueAtRisk|-lastOrder";

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Text in the contact's name or party id, ignoring case; the matches are ranked like the "
            + "rest of the list")
    public String q;

    @QueryParam("tier")
    @Parameter(description = "A tier key, such as GOLD")
    public String tier;

    @QueryParam("segment")
    @Parameter(description = "An RFM segment's name, as GET /vocabulary lists them")
    public String segment;

    @QueryParam("minClv")
    @DecimalMin("0")
    @Parameter(description = "Predicted value at least this (the run's currency)")
    public Double minClv;

    @QueryParam("maxClv")
    @DecimalMin("0")
    @Parameter(description = "Predicted value at most this (the run's currency)")
    public Double maxClv;

    @QueryParam("minChurnRisk")
    @DecimalMin("0")
    @DecimalMax("1")
    @Parameter(description = "Churn risk (1 - P(alive)) at least this, 0 to 1; leaves out contacts without a churn "
            + "estimate")
    public Double minChurnRisk;

    @QueryParam("maxChurnRisk")
    @DecimalMin("0")
    @DecimalMax("1")
    @Parameter(description = "Churn risk (1 - P(alive)) at most this, 0 to 1; leaves out contacts without a churn "
            + "estimate")
    public Double maxChurnRisk;

    @QueryParam("owner")
    @Size(max = 20)
    @Parameter(description = "The owner's party id")
    public String owner;

    @QueryParam("newWithinDays")
    @Min(1)
    @Max(366)
    @Parameter(description = "Only contacts whose first order is at most this many days before the run's as-of date")
    public Integer newWithinDays;

    @QueryParam("sort")
    @DefaultValue("-clv")
    @jakarta.validation.constraints.Pattern(regexp = SORTS, message = "-clv (value, highest first), clv, -bought, "
            + "-churnRisk, -valueAtRisk or -lastOrder")
    @Parameter(description = "-clv (predicted value, highest first), clv, -bought (bought so far), -churnRisk, "
            + "-valueAtRisk (CLV x churn risk) or -lastOrder (latest first); churn orders leave out contacts without a "
            + "churn estimate, -lastOrder those without an order")
    public String sort;

    /** The criteria, checked; {@code owner} replaced by the user's own party when reps may see only their own. */
    ContactList.Criteria criteria(ApiUser user, boolean ownContactsOnly) {
        if (q != null && (q.isBlank() || q.chars().anyMatch(Character::isISOControl))) {
            throw invalid("q", "1 to 100 characters of a party id or name", "length", "min", 1, "max", 100);
        }
        if (tier != null && !TIER_KEY.matcher(tier).matches()) {
            throw invalid("tier", "a tier key such as GOLD", "tier.key", "value", tier);
        }
        if (segment != null && !Rfm.segments().contains(segment)) {
            throw invalid("segment", "one of " + Rfm.segments(), "oneOf", "values", String.join(", ", Rfm.segments()));
        }
        finite("minClv", minClv);
        finite("maxClv", maxClv);
        if (minClv != null && maxClv != null && minClv > maxClv) {
            throw invalid("maxClv", "at least minClv", "notBelow", "other", "minClv");
        }
        if (minChurnRisk != null && maxChurnRisk != null && minChurnRisk > maxChurnRisk) {
            throw invalid("maxChurnRisk", "at least minChurnRisk", "notBelow", "other", "minChurnRisk");
        }
        String ownedBy = ownContactsOnly && !user.may(ApiUser.READ_ADMIN) ? ownOnly(user, owner) : owner;
        return new ContactList.Criteria(q == null ? null : q.strip(), tier, segment, minClv, maxClv, minChurnRisk,
                maxChurnRisk, ownedBy, newWithinDays);
    }

    PublishedValues.Order order() {
        return ORDERS.get(sort);
    }

    private static void finite(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw invalid(field, "a number", "number");
        }
    }

    private static String ownOnly(ApiUser user, String owner) {
        if (user.partyId() == null || (owner != null && !owner.equals(user.partyId()))) {
            throw new ApiException(Problem.of("forbidden", "Forbidden", 403, "you can list the contacts you own"));
        }
        return user.partyId();
    }

    static ApiException invalid(String field, String expected, String code, Object... params) {
        return new ApiException(Problem.of("invalid-parameter", "Invalid parameter", 400, field + ": " + expected)
                .withErrors(List.of(Problem.FieldProblem.of(FieldError.coded(field, code, expected, params)))));
    }
}
