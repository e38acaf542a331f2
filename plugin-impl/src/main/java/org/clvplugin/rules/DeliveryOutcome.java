package org.clvplugin.rules;

/** What one attempt to deliver an action came to. */
public record DeliveryOutcome(Kind kind, String detail) {

    public enum Kind {
        /** Done now. */
        DELIVERED,
        /** Done by an earlier attempt whose end was not recorded (the idempotency key found it). */
        ALREADY_DONE,
        /** Failed in a way a later attempt may not: tried again after the backoff. */
        RETRY,
        /** Failed in a way trying again cannot mend (no owner, a refused address): dead at once. */
        REFUSED
    }

    public static DeliveryOutcome delivered() {
        return new DeliveryOutcome(Kind.DELIVERED, null);
    }

    public static DeliveryOutcome alreadyDone() {
        return new DeliveryOutcome(Kind.ALREADY_DONE, null);
    }

    public static DeliveryOutcome retry(String why) {
        return new DeliveryOutcome(Kind.RETRY, why);
    }

    public static DeliveryOutcome refused(String why) {
        return new DeliveryOutcome(Kind.REFUSED, why);
    }
}
