package org.clvplugin.model;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Customers drawn from the BG/NBD and Gamma-Gamma generative processes, seeded and reproducible whatever the
 * number of threads. Each customer: lambda ~ Gamma(r, alpha), p ~ Beta(a, b), spend rate nu ~ Gamma(q, gamma);
 * a first purchase at time 0, then purchases at rate lambda, dropping out with probability p after each repeat
 * purchase; each transaction worth Gamma(p_spend, nu). Observed for an age T uniform in [minAge, maxAge].
 * With a resolution (e.g. one day = 1/7 week), times are floored to it and purchases in one slot merge into one,
 * as the Fader-Hardie convention collapses purchases per day.
 *
 * <p>Used to check that fitting recovers known parameters, that intervals cover what happens next, and by the
 * benchmark.
 */
public final class SyntheticCustomers {

    private static final int CHUNK = 1 << 16;

    private final BgNbd purchase;
    private final GammaGamma spend;
    private final double minAge;
    private final double maxAge;
    private final double resolution;

    /** @param resolution the time slot purchases are collapsed to, or 0 for continuous time */
    public SyntheticCustomers(BgNbd purchase, GammaGamma spend, double minAge, double maxAge, double resolution) {
        if (!(minAge >= 0 && maxAge >= minAge) || !(resolution >= 0)) {
            throw new IllegalArgumentException("need 0 <= minAge <= maxAge and resolution >= 0");
        }
        this.purchase = purchase;
        this.spend = spend;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.resolution = resolution;
    }

    /**
     * Generated customers with what they then did over a future window: purchases (collapsed slots) and their
     * value discounted per month, month k of the window divided by (1 + d)^k, as the CLV is.
     */
    public record WithFuture(SummaryTable calibration, double[] futurePurchases, double[] futureDiscountedValue) {
    }

    public SummaryTable generate(int customers, long seed) {
        return generate(customers, seed, 0, 1, 0).calibration();
    }

    public WithFuture generate(int customers, long seed, double horizon, double monthLength, double discount) {
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] age = new double[customers];
        double[] zbar = new double[customers];
        double[] total = new double[customers];
        double[] future = new double[customers];
        double[] futureValue = new double[customers];
        int chunks = (customers + CHUNK - 1) / CHUNK;
        // Split in order before going parallel: each chunk gets its own independent stream for a given seed.
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int chunk = 0; chunk < chunks; chunk++) {
            streams[chunk] = root.split();
        }
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            SplittableRandom random = streams[chunk];
            int end = Math.min(customers, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                Customer c = new Customer(random);
                c.live(slot(minAge + (maxAge - minAge) * random.nextDouble()), horizon, monthLength, discount);
                x[i] = c.repeats;
                tx[i] = c.lastSlot;
                age[i] = c.age;
                zbar[i] = c.repeats == 0 ? 0 : c.repeatValue / c.repeats;
                total[i] = c.firstValue + c.repeatValue;
                future[i] = c.futurePurchases;
                futureValue[i] = c.futureValue;
            }
        });
        SummaryTable.Builder table = SummaryTable.builderWithoutIds(customers);
        for (int i = 0; i < customers; i++) {
            table.add(null, x[i], tx[i], age[i], zbar[i], total[i], x[i] + 1);
        }
        return new WithFuture(table.build(), future, futureValue);
    }

    private double slot(double time) {
        return resolution > 0 ? Math.floor(time / resolution) * resolution : time;
    }

    /** One customer's life, simulated from the acquisition to the end of the future window. */
    private final class Customer {
        final SplittableRandom random;
        final double lambda;
        final double dropout;
        final double spendRate;
        double age;
        int repeats;
        double lastSlot;
        double firstValue;
        double repeatValue;
        int futurePurchases;
        double futureValue;

        Customer(SplittableRandom random) {
            this.random = random;
            lambda = GammaSampler.next(random, purchase.r()) / purchase.alpha();
            dropout = GammaSampler.beta(random, purchase.a(), purchase.b());
            spendRate = GammaSampler.next(random, spend.q()) / spend.gamma();
        }

        void live(double observedAge, double horizon, double monthLength, double discount) {
            age = observedAge;
            firstValue = transaction();
            double time = 0;
            double previousSlot = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambda;
                double at = slot(time);
                if (at > age + horizon) {
                    return;
                }
                double value = transaction();
                boolean sameSlot = at == previousSlot;
                if (at <= age) {
                    if (sameSlot && repeats == 0) {
                        firstValue += value;
                    } else {
                        repeats += sameSlot ? 0 : 1;
                        repeatValue += value;
                    }
                    lastSlot = at;
                } else {
                    futurePurchases += sameSlot ? 0 : 1;
                    int month = (int) Math.ceil((at - age) / monthLength);
                    futureValue += value / Math.pow(1 + discount, Math.max(1, month));
                }
                previousSlot = at;
                if (random.nextDouble() < dropout) {
                    return;
                }
            }
        }

        private double transaction() {
            return GammaSampler.next(random, spend.p()) / spendRate;
        }
    }
}
